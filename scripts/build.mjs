// `next build` with a helper beside it (`npm run build` and `npm run export`
// call this between scripts/prepare.mjs and scripts/csp.mjs). Next prerenders on
// one worker (next.config.ts says why); on the core that leaves idle,
// scripts/precompile.mjs compiles post bodies into the build cache, from the
// end of Next's own compile (which uses both cores) on. Whatever it has not reached
// when Next is done is simply left: the prerender compiled it itself.
// BLOG_CACHE_DIR=off (no build cache) or BUILD_HELPER=off runs Next alone.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { setPriority } from 'node:os'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '..')
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')
const env = { ...process.env, NODE_ENV: 'production' }

// Next's output passes through as it comes; keeps its colours on a terminal.
const next = spawn(process.execPath, [nextBin, 'build', ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: ['inherit', 'pipe', 'inherit'],
  env: process.stdout.isTTY && !process.env.NO_COLOR ? { ...process.env, FORCE_COLOR: '1' } : process.env,
})
const helperOff = process.env.BLOG_CACHE_DIR === 'off' || process.env.BUILD_HELPER === 'off'
let helper
let seen = ''
next.stdout.on('data', (chunk) => {
  process.stdout.write(chunk)
  if (helper || helperOff) return
  seen = (seen + chunk.toString('utf8')).slice(-200)
  // From the end of Next's compile on, which uses both cores; its type check and prerender use one.
  if (!/Compiled successfully|Compiled with warnings|Skipping validation of types|Running TypeScript|Collecting page data/.test(seen)) return
  // A small heap: V8 would otherwise let garbage grow to a gigabyte beside the prerender worker's own.
  const args = ['--max-old-space-size=384', join(ROOT, 'scripts', 'precompile.mjs')]
  helper = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env })
  try {
    if (helper.pid) setPriority(helper.pid, 10)
  } catch {
    // Not allowed here: it then shares the cores evenly, which is still correct.
  }
})

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => next.kill(signal))
next.on('exit', (code, signal) => {
  helper?.kill()
  process.exit(code ?? (signal ? 1 : 0))
})
