// `npm run import -- <folder> [--from jekyll|hugo|tnsb|velog|tistory]`: brings an existing blog in (lib/import/).
import { importTs } from './lib/typescript.mjs'

process.exitCode = await (await importTs('lib/import/index.ts')).main(process.argv.slice(2))
