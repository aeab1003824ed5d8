// `node scripts/csp.mjs`: the CSP step, run by `npm run build` and `npm run export`
// right after `next build` (lib/site/csp-build.ts).
import { importTs } from './lib/typescript.mjs'

process.exitCode = await (await importTs('lib/site/csp-build.ts')).main(process.argv.slice(2))
