// Shared by the benchmark parts: spawning with a process-tree memory sampler,
// `next start` of each benchmark build on a port of its own (scripts/lib/server.mjs),
// statistics and result files.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
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

export function writeResult(name, data) {
  mkdirSync(RESULTS, { recursive: true })
  const file = join(RESULTS, `${name}.json`)
  writeFileSync(file, JSON.stringify({ machine: machine(), ...data }, null, 2))
  return file
}

export function readResult(name) {
  const file = join(RESULTS, `${name}.json`)
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined
}

export const log = (...args) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...args)

// --- process tree memory ---------------------------------------------------

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

/** Sum and largest RSS of `rootPid` and all its descendants, in bytes. */
export function treeRss(rootPid) {
  const rows = procTable()
  const children = new Map()
  for (const row of rows) children.set(row.ppid, [...(children.get(row.ppid) ?? []), row])
  let sum = 0
  let largest = 0
  let count = 0
  const stack = rows.filter((row) => row.pid === rootPid)
  while (stack.length) {
    const row = stack.pop()
    sum += row.rss
    largest = Math.max(largest, row.rss)
    count++
    stack.push(...(children.get(row.pid) ?? []))
  }
  return { sum, largest, count }
}

/**
 * Runs a command to completion, sampling its process tree every `intervalMs`.
 * Resolves to { code, wallMs, peakTreeBytes, peakProcessBytes, maxProcesses }.
 */
export function runMeasured(command, args, { env = {}, cwd = ROOT, intervalMs = 100, quiet = true } = {}) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint()
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    })
    let output = ''
    child.stdout?.on('data', (d) => (output = (output + d).slice(-20000)))
    child.stderr?.on('data', (d) => (output = (output + d).slice(-20000)))
    let peakTree = 0
    let peakProcess = 0
    let maxProcesses = 0
    const sample = () => {
      const { sum, largest, count } = treeRss(child.pid)
      peakTree = Math.max(peakTree, sum)
      peakProcess = Math.max(peakProcess, largest)
      maxProcesses = Math.max(maxProcesses, count)
    }
    const timer = setInterval(sample, intervalMs)
    child.on('exit', (code) => {
      clearInterval(timer)
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6
      resolve({ code, wallMs, peakTreeBytes: peakTree, peakProcessBytes: peakProcess, maxProcesses, output })
    })
  })
}

// --- builds and servers -----------------------------------------------------

/**
 * A clean production build of `contentDir` into `distDir` (both removed first,
 * with .contentlayer/, so nothing is reused). Returns the measurement.
 */
export async function cleanBuild({ contentDir, distDir, extraEnv = {} }) {
  rmSync(join(ROOT, distDir), { recursive: true, force: true })
  rmSync(join(ROOT, '.contentlayer'), { recursive: true, force: true })
  // The shell reports its children's CPU time (cutime + cstime, which include every
  // reaped descendant): CPU seconds suffer far less than wall time on a busy machine.
  const script = 'npm run build; status=$?; echo "BENCH_CPU $(cut -d")" -f2- /proc/$$/stat)"; exit $status'
  const result = await runMeasured('sh', ['-c', script], {
    env: { CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1', ...extraEnv },
  })
  const cpuLine = /BENCH_CPU (.*)/.exec(result.output)?.[1].trim().split(' ')
  result.cpuSeconds = cpuLine ? (Number(cpuLine[13]) + Number(cpuLine[14])) / 100 : NaN
  if (result.code !== 0) {
    console.error(result.output)
    throw new Error(`build of ${contentDir} into ${distDir} failed (exit ${result.code})`)
  }
  return result
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
export function buildServed(name) {
  const build = BUILDS[name]
  freshBuilds.add(name)
  // BENCH_FLOOR=1 turns on /bench-floor, the framework-floor page (a 404 otherwise).
  return cleanBuild({
    contentDir: build.content(),
    distDir: build.distDir,
    extraEnv: { BENCH_FLOOR: '1', SITE_URL: `http://localhost:${build.port}` },
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
