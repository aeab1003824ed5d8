// `node scripts/csp.mjs`: the CSP step, run by `npm run build` and `npm run export`
// right after `next build` (lib/site/csp-build.ts).
import { runTs } from './run-ts.mjs'

process.exitCode = await runTs('lib/site/csp-build.ts', process.argv.slice(2))
