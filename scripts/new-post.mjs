// `npm run new -- "글 제목" --tags 회고,테스트`: starts a draft post (lib/content/new-post.ts).
import { runTs } from './run-ts.mjs'

process.exitCode = await runTs('lib/content/new-post.ts', process.argv.slice(2))
