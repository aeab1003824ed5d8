// `npm run dev`: the prepare step in its dev mode (scripts/prepare.mjs), then
// contentlayer2 watches data/ and rewrites .contentlayer/generated, and next dev
// picks the change up. contentlayer's Next plugin hooks webpack only, and Next 16
// develops with Turbopack, so the two run side by side. The content check watches
// too, in this process: it prints each mistake in the terminal and leaves it in
// .contentlayer/content-errors.json, which the dev page shows in a panel.
// An image added while dev runs needs a restart to be served (copied by prepare);
// a diagram added while it runs is drawn in the background (scripts/diagrams.mjs).
import { spawn } from 'node:child_process'
import { watchDiagrams } from './diagrams.mjs'
import { contentCheck, prepare } from './prepare.mjs'

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname
const nextArgs = process.argv.slice(2)

const first = await prepare({ dev: true })
await (await contentCheck()).watchContent(undefined, first)
watchDiagrams()

const children = [
  spawn(bin('contentlayer2'), ['dev'], { stdio: 'inherit' }),
  spawn(bin('next'), ['dev', ...nextArgs], { stdio: 'inherit' }),
]
const stop = (code) => {
  for (const child of children) child.kill('SIGTERM')
  process.exit(code)
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0))
process.on('SIGINT', () => stop(0))
process.on('SIGTERM', () => stop(0))
