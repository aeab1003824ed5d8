// `npm run loadtest [-- --duration 60 --connections 128 --port 3108]`
//
// Drives `next start` of the last `npm run build` (the real data/ site) on its
// own port, then checks what a reader would notice:
//   1. under load (every page: home, lists, posts, tags, search index if built):
//      0 non-2xx answers, 0 errors or timeouts;
//   2. the server's memory: RSS after the load is at most RSS_BOUND_MB above
//      the warmed-up RSS before it (a leak grows it with every request);
//   3. the server still answers every page afterwards;
//   4. faults: SIGKILL the server in the middle of a second load, restart it,
//      and every page answers with the same status and the same body (sha256).
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { startServer } from './lib/server.mjs'

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '128' },
    port: { type: 'string' },
  },
})
const DURATION = Number(values.duration)
const CONNECTIONS = Number(values.connections)
// Beside the e2e servers of the same checkout (E2E_PORT_BASE + 0..4).
const PORT = Number(values.port ?? process.env.LOADTEST_PORT ?? Number(process.env.E2E_PORT_BASE ?? 3100) + 8)
const BASE = `http://127.0.0.1:${PORT}`
const DIST_DIR = process.env.NEXT_DIST_DIR || '.next'
// Next keeps rendered pages in a 32 MB LRU (next.config.ts) and V8 grows its heap
// under 128 connections; anything past this after the load is a leak.
const RSS_BOUND_MB = Number(process.env.LOADTEST_RSS_BOUND_MB ?? 150)
// The fault load runs this long; the kill lands in its middle.
const FAULT_SECONDS = Math.max(4, Math.min(10, Math.round(DURATION / 4)))

const failures = []
const check = (ok, message) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`)
  if (!ok) failures.push(message)
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

if (!existsSync(`${DIST_DIR}/BUILD_ID`)) {
  console.error(`No build in ${DIST_DIR}/: run \`npm run build\` first.`)
  process.exit(2)
}

/** `next start` of the build on PORT (scripts/lib/server.mjs), once it answers 2xx. */
const start = () =>
  startServer({ port: PORT, host: '127.0.0.1', distDir: DIST_DIR, ready: (status) => status >= 200 && status < 300, echo: true })

/** The process that serves: `next start` may run the server itself or in a child named next-server. */
function serverPid(rootPid) {
  const children = (pid) => {
    try {
      return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
        readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
      )
    } catch {
      return []
    }
  }
  const all = [rootPid]
  for (let i = 0; i < all.length; i++) all.push(...children(all[i]))
  const named = all.find((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith('next-server')
    } catch {
      return false
    }
  })
  return named ?? rootPid
}

function rssMb(pid) {
  const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m)
  return match ? Number(match[1]) / 1024 : NaN
}

/** Every page a reader can reach from the lists, found by reading them (not the code under test). */
async function discoverPaths() {
  const paths = new Set(['/', '/blog', '/tags', '/about'])
  for (const list of ['/blog', '/tags']) {
    const html = await (await fetch(`${BASE}${list}`)).text()
    // Hrefs may carry raw Hangul; on the wire it is percent-encoded (autocannon writes paths as given).
    for (const [, href] of html.matchAll(/href="(\/(?:blog|tags)\/[^"#?]+)"/g)) paths.add(encodeURI(decodeURI(href)))
  }
  const index = await fetch(`${BASE}/search-index.json`)
  if (index.ok) paths.add('/search-index.json')
  else console.log(`(no /search-index.json: ${index.status}, not loaded)`)
  return [...paths]
}

async function snapshot(paths) {
  const pages = new Map()
  for (const path of paths) {
    const response = await fetch(`${BASE}${path}`, { redirect: 'manual' })
    const body = Buffer.from(await response.arrayBuffer())
    pages.set(path, { status: response.status, hash: createHash('sha256').update(body).digest('hex') })
  }
  return pages
}

function load(paths, seconds) {
  return autocannon({
    url: BASE,
    connections: CONNECTIONS,
    duration: seconds,
    // Paths are percent-encoded already in hrefs; each connection cycles through them.
    requests: paths.map((path) => ({ method: 'GET', path })),
  })
}

const summary = (r) =>
  `${r.requests.total} requests, ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, ` +
  `p99 ${r.latency.p99} ms, max ${r.latency.max} ms, 2xx ${r['2xx']}, non-2xx ${r.non2xx}, ` +
  `errors ${r.errors}, timeouts ${r.timeouts}`

let server = await start()
try {
  const paths = await discoverPaths()
  console.log(`${paths.length} paths: ${paths.map(decodeURI).join(' ')}`)
  const before = await snapshot(paths)
  check([...before.values()].every((page) => page.status === 200), 'every page answers 200 before the load')

  // Warm up (first renders, JIT), then take the baseline.
  await load(paths, 3)
  await sleep(2000)
  const pid = serverPid(server.pid)
  const name = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0]
  const rssBefore = rssMb(pid)
  let rssPeak = rssBefore
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMb(pid))), 1000)

  console.log(`load: ${DURATION} s at ${CONNECTIONS} connections on ${BASE} (server pid ${pid}: ${name})`)
  const result = await load(paths, DURATION)
  clearInterval(sampler)
  await sleep(3000)
  const rssAfter = rssMb(pid)
  console.log(summary(result))
  console.log(
    `RSS: ${rssBefore.toFixed(0)} MB before, ${rssPeak.toFixed(0)} MB peak, ${rssAfter.toFixed(0)} MB after ` +
      `(growth ${(rssAfter - rssBefore).toFixed(0)} MB, bound ${RSS_BOUND_MB} MB)`,
  )
  check(result.non2xx === 0, `0 non-2xx answers under load (got ${result.non2xx})`)
  check(result.errors === 0 && result.timeouts === 0, `0 errors and timeouts (got ${result.errors} / ${result.timeouts})`)
  // A stalled connection shows as few requests, not as errors: each must get through every page at least once.
  const minimum = CONNECTIONS * paths.length
  if (DURATION >= 30) {
    check(result['2xx'] >= minimum, `the load was served: ${result['2xx']} 2xx >= ${minimum} (every page on every connection)`)
  } else {
    check(result['2xx'] > 0, `the load was served: ${result['2xx']} 2xx (short run: no per-connection minimum)`)
  }
  check(rssAfter - rssBefore <= RSS_BOUND_MB, `RSS growth ${(rssAfter - rssBefore).toFixed(0)} MB <= ${RSS_BOUND_MB} MB`)

  const afterLoad = await snapshot(paths)
  const sameAfterLoad = paths.filter((path) => afterLoad.get(path).status === 200)
  check(sameAfterLoad.length === paths.length, `the server still answers every page after the load (${sameAfterLoad.length}/${paths.length})`)

  // Faults: kill -9 in the middle of a load, then start again on the same build.
  console.log(`fault: ${FAULT_SECONDS} s load, SIGKILL after ${FAULT_SECONDS / 2} s, restart`)
  const faultLoad = load(paths, FAULT_SECONDS)
  await sleep((FAULT_SECONDS / 2) * 1000)
  await server.stop('SIGKILL')
  const killed = await faultLoad
  console.log(`during the kill: ${summary(killed)}`)
  await sleep(500)
  server = await start()
  const restarted = await snapshot(paths)
  const differing = paths.filter(
    (path) => restarted.get(path).status !== before.get(path).status || restarted.get(path).hash !== before.get(path).hash,
  )
  check(differing.length === 0, `after restart every page has the same status and body (differs: ${differing.join(' ') || 'none'})`)
} catch (error) {
  failures.push(String(error))
  console.error(error)
} finally {
  await server.stop()
}

console.log(failures.length === 0 ? 'loadtest passed' : `loadtest FAILED: ${failures.length} check(s)`)
process.exit(failures.length === 0 ? 0 : 1)
