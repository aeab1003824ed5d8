// Server benchmark: autocannon against `next start` (real site) on the seed
// post, 32 connections for 15 s with Accept-Encoding: gzip, three runs after a
// short warm-up. The load generator shares the 2 cores with the server.
import autocannon from 'autocannon'
import { SEED_POST, ensureServedBuild, log, serve, stats, writeResult } from './lib.mjs'

export async function benchServer({ smoke = false } = {}) {
  await ensureServedBuild('real')
  const server = await serve('real')
  const url = server.url + encodeURI(SEED_POST)
  const fire = (duration) =>
    autocannon({ url, connections: 32, duration, headers: { 'accept-encoding': 'gzip' } })
  const runs = []
  try {
    await fire(3) // warm-up: JIT, file cache
    for (let i = 0; i < (smoke ? 1 : 3); i++) {
      const r = await fire(smoke ? 5 : 15)
      const run = {
        requestsPerSec: r.requests.average,
        p50Ms: r.latency.p50,
        p99Ms: r.latency.p99,
        errors: r.errors + r.timeouts + r.non2xx,
        bytesPerRequest: r.throughput.total / Math.max(1, r.requests.total),
      }
      runs.push(run)
      log(`server run ${i + 1}: ${Math.round(run.requestsPerSec)} req/s, p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms, ${run.errors} errors, ${Math.round(run.bytesPerRequest)} B/response`)
    }
  } finally {
    await server.stop()
  }
  const s = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, stats(runs.map((r) => r[k]))]))
  const rows = [
    { metric: `Server ${SEED_POST}: requests/s (32 connections, gzip)`, budget: '—', value: s.requestsPerSec },
    { metric: 'Server: latency p50 (ms)', budget: '—', value: s.p50Ms },
    { metric: 'Server: latency p99 (ms)', budget: '≤ 50', value: s.p99Ms, pass: s.p99Ms.median <= 50 },
    { metric: 'Server: errors (incl. timeouts, non-2xx), per run', budget: '0', value: s.errors, pass: s.errors.max === 0 },
    { metric: 'Server: bytes per response (gzip)', budget: '—', value: s.bytesPerRequest },
  ]
  writeResult('server', { summary: s, runs, rows, duration: smoke ? 5 : 15, connections: 32 })
  return rows
}
