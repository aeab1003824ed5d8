// Shared by the benchmark parts: spawning with a process-tree memory sampler,
// `next start` of each benchmark build on a port of its own (scripts/lib/server.mjs),
// statistics and result files.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { keepCacheFor } from '../lib/content-cache.mjs'
import { startServer } from '../lib/server.mjs'
import { writeCorpus } from './corpus.mjs'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const RESULTS = join(ROOT, 'bench', 'results')
export const PORT_BASE = Number(process.env.BENCH_PORT_BASE ?? 3600)
export const SEED = Number(process.env.BENCH_SEED ?? 1)
/** The real site's seed post: its reader numbers come from the data/ build. */
export const SEED_POST = '/blog/hardest-problem-i-solved'

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
/** { median, min, max, runs } of a list of numbers. */
export const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length })

export function machine() {
  return {
    date: new Date().toISOString(),
    nproc: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    // Other work on the machine skews times: the 1/5/15-minute load averages say how much.
    loadavg: loadavg().map((n) => n.toFixed(1)).join(' '),
    commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim(),
  }
}

/** bench/results/<name>.json (git-ignored); with `history`, also a copy named by the time of the run. */
export function writeResult(name, data, { history = false } = {}) {
  mkdirSync(RESULTS, { recursive: true })
  const file = join(RESULTS, `${name}.json`)
  const m = machine()
  const text = JSON.stringify({ machine: m, ...data }, null, 2)
  writeFileSync(file, text)
  if (history) writeFileSync(join(RESULTS, `${name}-${m.date.slice(0, 19).replaceAll(':', '')}.json`), text)
  return file
}

export function readResult(name) {
  const file = join(RESULTS, `${name}.json`)
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined
}

export const log = (...args) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...args)

// --- process tree memory and steps -----------------------------------------

const PAGE = 4096
function procTable() {
  const rows = []
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      // comm may hold spaces and parens: the fields after the last ')' are fixed.
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const rss = Number(rest[21]) * PAGE
      rows.push({ pid: Number(name), ppid: Number(rest[1]), rss })
    } catch {
      // the process ended between readdir and read
    }
  }
  return rows
}

function cmdline(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ')
  } catch {
    return ''
  }
}

/** Sum and largest RSS of `rootPid` and all its descendants, in bytes (and their command lines, when asked). */
export function treeRss(rootPid, { commands = false } = {}) {
  const rows = procTable()
  const children = new Map()
  for (const row of rows) children.set(row.ppid, [...(children.get(row.ppid) ?? []), row])
  let sum = 0
  let largest = 0
  let count = 0
  const lines = []
  const stack = rows.filter((row) => row.pid === rootPid)
  while (stack.length) {
    const row = stack.pop()
    sum += row.rss
    largest = Math.max(largest, row.rss)
    count++
    if (commands) lines.push(cmdline(row.pid))
    stack.push(...(children.get(row.pid) ?? []))
  }
  return { sum, largest, count, commands: lines }
}

/**
 * Which step of `npm run build` a process tree is in, from its command lines:
 * scripts/prepare.mjs runs the content check in its own process, then spawns
 * copy-assets and `contentlayer2 build`; `next build` comes after it.
 */
export function buildStep(commands) {
  // npm's `sh -c "node scripts/prepare.mjs && next build"` names every step for the whole build: not a step.
  const running = commands.filter((c) => !/^(\/bin\/)?sh -c /.test(c))
  if (running.some((c) => /(^|\/)next(\/dist\/bin\/next)? build\b|^next-build\b/.test(c))) return 'next'
  if (running.some((c) => /contentlayer2? build\b/.test(c))) return 'contentlayer'
  if (running.some((c) => c.includes('copy-assets'))) return 'assets'
  if (running.some((c) => c.includes('prepare.mjs'))) return 'check'
  return 'other'
}

/**
 * Runs a command to completion, sampling its process tree every `intervalMs`.
 * Resolves to { code, wallMs, peakTreeBytes, peakProcessBytes, maxProcesses,
 * steps: { name: { startMs, endMs } }, lines: [[ms, line]] } (times from the start;
 * `lines` are the output lines `mark` matches, with when they arrived).
 */
export function runMeasured(command, args, { env = {}, cwd = ROOT, intervalMs = 100, quiet = true, mark, onSample } = {}) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint()
    const now = () => Number(process.hrtime.bigint() - started) / 1e6
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    })
    let output = ''
    const lines = []
    let partial = ''
    const take = (d) => {
      output = (output + d).slice(-20000)
      if (!mark) return
      const text = partial + d
      const parts = text.split(/\r?\n|\r/)
      partial = parts.pop() ?? ''
      for (const line of parts) if (mark.test(line)) lines.push([now(), line.trim()])
    }
    child.stdout?.on('data', take)
    child.stderr?.on('data', take)
    let peakTree = 0
    let peakProcess = 0
    let maxProcesses = 0
    const steps = {}
    const sample = () => {
      const { sum, largest, count, commands } = treeRss(child.pid, { commands: true })
      peakTree = Math.max(peakTree, sum)
      peakProcess = Math.max(peakProcess, largest)
      maxProcesses = Math.max(maxProcesses, count)
      const step = buildStep(commands)
      const t = now()
      steps[step] ??= { startMs: t, endMs: t }
      steps[step].endMs = t
      onSample?.({ ms: t, step, treeBytes: sum })
    }
    const timer = setInterval(sample, intervalMs)
    child.on('exit', (code) => {
      clearInterval(timer)
      const wallMs = now()
      resolve({ code, wallMs, peakTreeBytes: peakTree, peakProcessBytes: peakProcess, maxProcesses, output, steps, lines })
    })
  })
}

// --- builds and servers -----------------------------------------------------

// What a clean build removes besides its dist folder: contentlayer's output and
// cache, and tool caches. BENCH_CACHE_DIRS (comma-separated, relative to the
// checkout) adds a build cache of our own that lives elsewhere.
export const CACHE_DIRS = ['.contentlayer', 'node_modules/.cache', ...(process.env.BENCH_CACHE_DIRS?.split(',').filter(Boolean) ?? [])]

// Next's own progress lines, timestamped as they arrive: they split `next build`
// into compile, type check, page data, prerender and the rest.
const NEXT_LINES = /Creating an optimized production build|Compiled successfully|Finished TypeScript|Running TypeScript|Collecting page data|Generating static pages|Collecting build traces|Finalizing page optimization|Route \(app\)/

/**
 * `npm run build` of `contentDir` into `distDir`, measured. `mode` 'clean'
 * removes the dist folder and CACHE_DIRS first, so nothing is reused; 'cached'
 * keeps what a CI keeps between runs (`<distDir>/cache` and CACHE_DIRS) and
 * removes the rest of the dist folder. Returns the measurement with its phases.
 */
export async function measureBuild({ contentDir, distDir, extraEnv = {}, mode = 'clean', label = distDir }) {
  const dist = join(ROOT, distDir)
  if (mode === 'clean') {
    rmSync(dist, { recursive: true, force: true })
    for (const dir of CACHE_DIRS) rmSync(join(ROOT, dir), { recursive: true, force: true })
  } else if (existsSync(dist)) {
    for (const entry of readdirSync(dist)) if (entry !== 'cache') rmSync(join(dist, entry), { recursive: true, force: true })
  }
  // The shell reports its children's CPU time (cutime + cstime, which include every
  // reaped descendant): CPU seconds suffer far less than wall time on a busy machine.
  const script = 'npm run build; status=$?; echo "BENCH_CPU $(cut -d")" -f2- /proc/$$/stat)"; exit $status'
  const startedAt = Date.now()
  let nextProgress = 15_000
  const result = await runMeasured('sh', ['-c', script], {
    env: { CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1', ...extraEnv },
    mark: NEXT_LINES,
    // A long build says where it is every 15 s: its step, memory and pages written so far.
    onSample: ({ ms, step, treeBytes }) => {
      if (ms < nextProgress) return
      nextProgress += 15_000
      const pages = step === 'next' ? `, ${countFiles(join(dist, 'server', 'app'), /\.(html|body)$/)} pages and files prerendered` : ''
      log(`  ${label} (${mode}): ${Math.round(ms / 1000)} s, step ${step}, ${(treeBytes / 2 ** 30).toFixed(2)} GB${pages}`)
    },
  })
  const cpuLine = /BENCH_CPU (.*)/.exec(result.output)?.[1].trim().split(' ')
  result.cpuSeconds = cpuLine ? (Number(cpuLine[13]) + Number(cpuLine[14])) / 100 : NaN
  if (result.code !== 0) {
    console.error(result.output)
    throw new Error(`${mode} build of ${contentDir} into ${distDir} failed (exit ${result.code})`)
  }
  result.phases = buildPhases(result, startedAt, dist)
  return result
}

function countFiles(dir, pattern) {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => pattern.test(f)).length
  } catch {
    return 0
  }
}

/** What a prerendered output under server/app is: the route kinds of issue 15. */
export function routeKind(route) {
  if (/^og\//.test(route)) return 'og'
  if (/(^|\/)(feed\.xml|atom\.xml|feed\.json)$/.test(route)) return 'feeds'
  if (/^tags\/[^/]+(\/page\/\d+)?$/.test(route)) return 'tags'
  if (/^(index|blog|tags|series(\/.*)?|blog\/page\/\d+)$/.test(route)) return 'lists'
  if (/^blog\//.test(route)) return 'posts'
  return 'other'
}
export const ROUTE_KINDS = { posts: 'post pages', tags: 'tag pages', lists: 'lists (home, /blog pages, tags, series)', feeds: 'feeds', og: 'OG images', other: 'other (sitemap, search index, 404, about…)' }

/**
 * Phases of one build, in seconds: the steps of scripts/prepare.mjs seen in the
 * process tree, `next build` split at its progress lines, and prerender time by
 * route kind from the write times of the files under server/app (each output is
 * charged the time since the output written before it, so with one prerender
 * worker this is its cost; with several it is a share of the wall time).
 */
function buildPhases({ steps, lines, wallMs }, startedAt, dist) {
  const s = (ms) => Math.round(ms) / 1000
  const span = (name) => (steps[name] ? steps[name].endMs - steps[name].startMs : 0)
  const at = (pattern) => lines.find(([, line]) => pattern.test(line))?.[0]
  // scripts/prepare.mjs runs the content check beside contentlayer: its steps are one phase, up to `next build`.
  const phases = {
    prepare: s(steps.next?.startMs ?? wallMs),
    contentlayer: s(span('contentlayer')),
    next: s(span('next')),
  }
  const nextStart = steps.next?.startMs
  const compiled = at(/Compiled successfully/)
  const generating = at(/Generating static pages/)
  const generated = [...lines].reverse().find(([, line]) => /✓ Generating static pages|Generating static pages.*\((\d+)\/\1\)/.test(line))?.[0]
  if (nextStart !== undefined && compiled !== undefined) phases.compile = s(compiled - nextStart)
  if (compiled !== undefined && generating !== undefined) phases.typesAndPageData = s(generating - compiled)
  const appDir = join(dist, 'server', 'app')
  const routes = new Map()
  const since = generating !== undefined ? startedAt + generating - 1000 : 0
  for (const file of existsSync(appDir) ? readdirSync(appDir, { recursive: true, encoding: 'utf8' }) : []) {
    if (!/\.(html|rsc|meta|body)$/.test(file)) continue
    const mtime = statSync(join(appDir, file)).mtimeMs
    if (mtime < since) continue
    const route = file.replace(/\.segments\/.*$/, '').replace(/\.(html|rsc|meta|body|prefetch\.rsc)$/, '')
    routes.set(route, Math.max(routes.get(route) ?? 0, mtime))
  }
  const ordered = [...routes].sort((a, b) => a[1] - b[1])
  const kinds = {}
  let previous = generating !== undefined ? startedAt + generating : ordered[0]?.[1]
  for (const [route, mtime] of ordered) {
    const kind = routeKind(route)
    kinds[kind] ??= { count: 0, seconds: 0 }
    kinds[kind].count++
    kinds[kind].seconds += Math.max(0, mtime - previous) / 1000
    previous = mtime
  }
  for (const k of Object.values(kinds)) {
    k.msEach = Math.round((k.seconds * 1000) / k.count)
    k.seconds = Math.round(k.seconds * 10) / 10
  }
  if (ordered.length) {
    const end = generated !== undefined ? startedAt + generated : ordered[ordered.length - 1][1]
    phases.prerender = s(end - (generating !== undefined ? startedAt + generating : ordered[0][1]))
    phases.afterPrerender = s(nextStart !== undefined ? steps.next.endMs - (end - startedAt) : 0)
  }
  phases.routes = kinds
  return phases
}

/** The corpus folder for `posts` generated posts (made once per process). */
const corpora = new Map()
export function corpus(posts) {
  if (!corpora.has(posts)) corpora.set(posts, writeCorpus({ posts, seed: SEED }))
  return corpora.get(posts)
}
export function removeCorpora() {
  for (const dir of corpora.values()) rmSync(dir, { recursive: true, force: true })
  corpora.clear()
}

/**
 * contentlayer writes .contentlayer/ in the checkout, so every benchmark build
 * replaces the real site's generated content. Put the real one back.
 */
export function restoreRealContent() {
  log('restoring .contentlayer/ for data/ (npx contentlayer2 build)')
  const env = { ...process.env }
  delete env.CONTENT_DIR
  keepCacheFor(ROOT, 'data')
  spawnSync('npx', ['contentlayer2', 'build'], { cwd: ROOT, env, stdio: 'ignore' })
}

/** Builds served by `next start` in the reader/lighthouse/server parts. */
// Each build has its own port, and is built with SITE_URL pointing at it, so
// canonical URLs name the host the browser (and Lighthouse) actually reads.
export const BUILDS = {
  real: { distDir: '.next-bench-real', port: PORT_BASE + 1, content: () => 'data' },
  posts1000: { distDir: '.next-bench-1000', port: PORT_BASE + 2, content: () => corpus(1000) },
  posts100: { distDir: '.next-bench-100', port: PORT_BASE + 3, content: () => corpus(100) },
}

/** A clean build of one of BUILDS, with the floor page on. */
export function buildServed(name, mode = 'clean') {
  const build = BUILDS[name]
  freshBuilds.add(name)
  // BENCH_FLOOR=1 turns on /bench-floor, the framework-floor page (a 404 otherwise).
  return measureBuild({
    contentDir: build.content(),
    distDir: build.distDir,
    extraEnv: { BENCH_FLOOR: '1', SITE_URL: `http://localhost:${build.port}` },
    mode,
    label: name,
  })
}

/** `next start` for one of BUILDS on its own port; resolves once it answers. */
export const serve = (name) => startServer({ distDir: BUILDS[name].distDir, port: BUILDS[name].port })

/** Builds made by this process: those are current; anything older may be stale. */
export const freshBuilds = new Set()

/**
 * Builds the served copy once per run, so the numbers are for the current
 * code. BENCH_REUSE=1 reuses an existing build (quicker while iterating).
 */
export async function ensureServedBuild(name) {
  const build = BUILDS[name]
  if (freshBuilds.has(name)) return
  if (process.env.BENCH_REUSE && existsSync(join(ROOT, build.distDir, 'BUILD_ID'))) return
  log(`building ${name} into ${build.distDir}`)
  await buildServed(name)
}

/** A tag page path of a build: the most used tag, read from its prerender manifest. */
export function tagPath(distDir) {
  const manifest = JSON.parse(readFileSync(join(ROOT, distDir, 'prerender-manifest.json'), 'utf8'))
  const tags = Object.keys(manifest.routes).filter((route) => /^\/tags\/[^/]+$/.test(route))
  return tags.includes('/tags/devops') ? '/tags/devops' : tags.sort()[0]
}

export const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10
