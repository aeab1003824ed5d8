// `npm run dev`: contentlayer2 watches data/ and rewrites .contentlayer/generated,
// and next dev picks the change up. contentlayer's Next plugin hooks webpack only,
// and Next 16 develops with Turbopack, so the two run side by side. The content
// check watches too: it prints each mistake in the terminal and leaves it in
// .contentlayer/content-errors.json, which the dev page shows in a panel.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname
const nextArgs = process.argv.slice(2)

// KaTeX's files and images kept next to posts, into public/ (scripts/copy-assets.mjs).
// An image added while dev runs needs a restart to be served.
spawnSync(process.execPath, [new URL('./copy-assets.mjs', import.meta.url).pathname], { stdio: 'inherit' })

// A first content build, so next dev never starts without generated content.
// A mistake in a post must not stop the writer from starting the server to
// fix it: carry on when an earlier build left generated content behind.
const first = spawnSync(bin('contentlayer2'), ['build'], { stdio: 'inherit' })
if (first.status !== 0 && !existsSync('.contentlayer/generated/index.mjs')) process.exit(first.status ?? 1)

const children = [
  spawn(process.execPath, [new URL('./check-content.mjs', import.meta.url).pathname, '--watch'], { stdio: 'inherit' }),
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
