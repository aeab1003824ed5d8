// `npm run new -- "글 제목" --tags 회고,테스트`: starts a draft post (lib/content/new-post.ts).
import { importTs } from './lib/typescript.mjs'

process.exitCode = await (await importTs('lib/content/new-post.ts')).main(process.argv.slice(2))
