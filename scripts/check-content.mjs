// `node scripts/check-content.mjs [--watch]`: the content check (lib/content-check/),
// run before contentlayer2 by `npm run build` and kept watching by `npm run dev`.
import { runTs } from './run-ts.mjs'

process.exitCode = await runTs('lib/content-check/cli.ts', process.argv.slice(2))
