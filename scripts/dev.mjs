// `npm run dev`: contentlayer2 watches data/ and rewrites .contentlayer/generated,
// and next dev picks the change up. contentlayer's Next plugin hooks webpack only,
// and Next 16 develops with Turbopack, so the two run side by side.
import { spawn, spawnSync } from 'node:child_process'

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname
const nextArgs = process.argv.slice(2)

// A first content build, so next dev never starts without generated content.
const first = spawnSync(bin('contentlayer2'), ['build'], { stdio: 'inherit' })
if (first.status !== 0) process.exit(first.status ?? 1)

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
