// `npm run bench [-- part ...] [--quick] [--posts 100,1000,10000]`: runs the
// benchmark parts (build, dev, reader, lighthouse, server, search; all by
// default), prints one table and writes JSON to bench/results/ (git-ignored).
// A full run writes the table into BENCHMARKS.md; a run of build or dev (not
// quick) writes their rows into its build section, and the build part redraws
// bench/build-scaling.svg. `--quick` (or `--smoke`) checks the harness itself:
// 100 posts, one build, one dev run, fewer pages; its numbers are not the ones
// the budgets speak of. `--posts` picks the build sizes (10,000 is opt-in).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { benchBuild } from './build.mjs'
import { benchDev, devTouchedContent } from './dev.mjs'
import { benchLighthouse } from './lighthouse.mjs'
import { benchReader } from './reader.mjs'
import { benchServer } from './server.mjs'
import { ensureTestDependencies } from '../test-deps.mjs'
import { ROOT, RESULTS, freshBuilds, log, machine, readResult, removeCorpora, restoreRealContent } from './lib.mjs'

const PARTS = ['build', 'dev', 'reader', 'lighthouse', 'server', 'search']
const argv = process.argv.slice(2)
const smoke = argv.includes('--smoke') || argv.includes('--quick')
const postsAt = argv.findIndex((a) => a === '--posts' || a.startsWith('--posts='))
const postsArg = postsAt < 0 ? process.env.BENCH_POSTS : argv[postsAt].includes('=') ? argv[postsAt].split('=')[1] : argv[postsAt + 1]
const posts = postsArg?.split(',').map(Number)
if (posts && posts.some((n) => ![100, 1000, 10000].includes(n))) {
  console.error(`--posts takes 100, 1000 and/or 10000 (comma-separated), not "${postsArg}"`)
  process.exit(2)
}
const chosen = argv.filter((a, i) => !a.startsWith('--') && !(postsAt >= 0 && i === postsAt + 1 && !argv[postsAt].includes('=')))
for (const part of chosen) {
  if (!PARTS.includes(part)) {
    console.error(`unknown part "${part}"; parts: ${PARTS.join(', ')}`)
    process.exit(2)
  }
}
const parts = chosen.length ? chosen : smoke ? ['build', 'dev', 'reader', 'server'] : PARTS
// The browser parts need a Chromium: found (or, on Debian as root, installed) as the browser tests find theirs.
if (parts.some((part) => ['dev', 'reader', 'lighthouse', 'search'].includes(part))) ensureTestDependencies({ nginx: false })

/** The search helper's own benchmark (scripts/bench/search.mjs), when it exists. */
function benchSearch() {
  const script = join(ROOT, 'scripts', 'bench', 'search.mjs')
  if (!existsSync(script)) {
    log('search: scripts/bench/search.mjs does not exist yet: skipped')
    return [{ metric: 'Search (scripts/bench/search.mjs)', budget: 'see issue 6', value: 'not run: no search benchmark in this checkout' }]
  }
  const result = spawnSync('node', [script, ...(smoke ? ['--smoke'] : [])], { cwd: ROOT, stdio: 'inherit' })
  const data = readResult('search')
  if (result.status !== 0 || !data) {
    return [{ metric: 'Search (scripts/bench/search.mjs)', budget: 'see issue 6', value: `failed (exit ${result.status})`, pass: false }]
  }
  return searchRows(data)
}

/** Rows from search.json: its known fields, else every number in it. */
function searchRows(data) {
  if (Array.isArray(data.rows)) return data.rows
  const k = data.keystrokeToResultsMs
  if (k && data.index) {
    const per100 = data.index.gzipPer100 / 1024
    return [
      {
        metric: `Search: keystroke to results over ${data.posts} posts (ms)`,
        budget: '—',
        value: `p50 ${k.p50}, p95 ${k.p95}`,
        extra: `p99 ${k.p99}, max ${k.max}; ${data.keystrokes} keystrokes in ${data.queries} queries (초성, partial Hangul, English)`,
      },
      {
        metric: 'Search: index gzip per 100 posts (KB)',
        budget: '≤ 40',
        value: Math.round(per100 * 10) / 10,
        pass: per100 <= 40,
        extra: `${(data.index.gzipBytes / 1024).toFixed(1)} KB gzip, ${(data.index.rawBytes / 1024).toFixed(1)} KB raw for ${data.posts} posts`,
      },
    ]
  }
  const rows = []
  const walk = (value, path) => {
    if (typeof value === 'number') rows.push({ metric: `Search: ${path.join(' ')}`, budget: '—', value })
    else if (value && typeof value === 'object' && !Array.isArray(value) && path[0] !== 'machine') {
      if ('median' in value && typeof value.median === 'number') rows.push({ metric: `Search: ${path.join(' ')}`, budget: '—', value })
      else for (const [k, v] of Object.entries(value)) walk(v, [...path, k])
    }
  }
  walk(data, [])
  return rows
}

const round = (n) => (Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 100) / 100)
function formatValue(value) {
  if (value && typeof value === 'object' && 'median' in value) {
    const spread = value.min === value.max ? 'no spread' : `${round(value.min)}–${round(value.max)}`
    return `${round(value.median)} (${spread}, n=${value.runs})`
  }
  return typeof value === 'number' ? String(round(value)) : String(value)
}

function table(rowsByPart) {
  const lines = ['| metric | budget | measured: median (min–max, runs) | pass |', '| --- | --- | --- | --- |']
  for (const rows of Object.values(rowsByPart)) {
    for (const row of rows) {
      const pass = row.pass === undefined ? '—' : row.pass ? 'pass' : '**FAIL**'
      const measured = formatValue(row.value) + (row.extra ? `; ${row.extra}` : '')
      lines.push(`| ${row.metric} | ${row.budget} | ${measured} | ${pass} |`)
    }
  }
  return lines.join('\n')
}

// `next build` adds its distDir's type folders to tsconfig.json; keep the file as committed.
const tsconfigPath = join(ROOT, 'tsconfig.json')
const tsconfig = readFileSync(tsconfigPath, 'utf8')

const started = Date.now()
const rowsByPart = {}
const failures = []
try {
  for (const part of parts) {
    log(`--- ${part} ---`)
    try {
      if (part === 'build') rowsByPart.build = await benchBuild({ smoke, posts })
      if (part === 'dev') rowsByPart.dev = await benchDev({ smoke })
      if (part === 'reader') rowsByPart.reader = await benchReader({ smoke })
      if (part === 'lighthouse') rowsByPart.lighthouse = await benchLighthouse({ smoke })
      if (part === 'server') rowsByPart.server = await benchServer({ smoke })
      if (part === 'search') rowsByPart.search = benchSearch()
    } catch (error) {
      // One broken part must not hide the others' numbers.
      console.error(error)
      failures.push(part)
      rowsByPart[part] = [{ metric: `${part}: harness error`, budget: '—', value: String(error.message ?? error).split('\n')[0], pass: false }]
    }
  }
} finally {
  if (freshBuilds.size || devTouchedContent) restoreRealContent()
  removeCorpora()
  if (readFileSync(tsconfigPath, 'utf8') !== tsconfig) writeFileSync(tsconfigPath, tsconfig)
}

const m = machine()
const minutes = ((Date.now() - started) / 60000).toFixed(1)
const header = `${m.date.slice(0, 16).replace('T', ' ')} UTC, commit ${m.commit}, ${m.nproc} cores (${m.cpu}), ${m.memoryGB} GB RAM, Node ${m.node}, load average at the end ${m.loadavg}; parts: ${parts.join(', ')}${smoke ? ' (smoke)' : ''}; took ${minutes} min`
const text = `${header}\n\n${table(rowsByPart)}\n`
console.log(`\n${text}`)
mkdirSync(RESULTS, { recursive: true })
writeFileSync(join(RESULTS, smoke ? 'table-smoke.md' : 'table.md'), text)

// A full run is what BENCHMARKS.md shows; a build or dev run (not quick) updates its own section.
const doc = join(ROOT, 'BENCHMARKS.md')
function replaceSection(name, body) {
  const start = `<!-- bench:${name}:start -->`
  const end = `<!-- bench:${name}:end -->`
  const current = existsSync(doc) ? readFileSync(doc, 'utf8') : ''
  if (!current.includes(start) || !current.includes(end)) return
  writeFileSync(doc, current.slice(0, current.indexOf(start) + start.length) + `\n${body}` + current.slice(current.indexOf(end)))
  log(`BENCHMARKS.md: ${name} section updated`)
}
if (!smoke && parts.length === PARTS.length) replaceSection('table', text)
// Each has its own section, so a run of one leaves the other's latest figures standing.
for (const part of ['build', 'dev']) {
  if (!smoke && rowsByPart[part]) replaceSection(part, `${header}\n\n${table({ [part]: rowsByPart[part] })}\n`)
}
process.exit(failures.length ? 1 : 0)
