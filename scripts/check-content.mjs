// `npm run content:check [-- --watch]`: the content check (lib/content-check/) alone,
// the first step of scripts/prepare.mjs.
import { contentCheck } from './prepare.mjs'

process.exitCode = await (await contentCheck()).main(process.argv.slice(2))
