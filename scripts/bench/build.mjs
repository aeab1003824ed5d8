// Build benchmark: clean `npm run build` wall time and peak memory of the whole
// process tree at 100 and 1,000 generated posts. Repetitions come from
// BENCH_BUILD_RUNS ("3,3" = three 100-post and three 1,000-post builds) or from
// the time the first 1,000-post build took (to keep `npm run bench` under 20 min).
import { buildServed, log, stats, writeResult } from './lib.mjs'

const GB = 2 ** 30

export async function benchBuild({ smoke = false } = {}) {
  const sizes = smoke ? [100] : [1000, 100]
  const planned = process.env.BENCH_BUILD_RUNS?.split(',').map(Number)
  const runs = { 100: [], 1000: [] }
  const buildOnce = async (posts) => {
    // The served build dir doubles as the benchmark dir: the last run is reused by reader/server.
    const r = await buildServed(posts === 1000 ? 'posts1000' : 'posts100')
    log(`build ${posts} posts: ${(r.wallMs / 1000).toFixed(1)} s wall, ${r.cpuSeconds.toFixed(1)} s CPU, tree peak ${(r.peakTreeBytes / GB).toFixed(2)} GB, largest process ${(r.peakProcessBytes / GB).toFixed(2)} GB`)
    runs[posts].push(r)
    return r
  }
  let reps = { 100: smoke ? 1 : 3, 1000: 3 }
  if (planned) reps = { 100: planned[0], 1000: planned[1] ?? planned[0] }
  if (!smoke) {
    // Measure one 1,000-post build first and size the rest to a ~9 min build budget.
    const first = await buildOnce(1000)
    if (!planned) {
      const budgetMs = 9 * 60_000
      const small = first.wallMs / 4 // a 100-post build is far cheaper; this guess is refined below
      const fit = Math.floor(budgetMs / (first.wallMs + small))
      reps = { 100: 3, 1000: Math.max(1, Math.min(3, fit)) }
      log(`one 1,000-post build took ${(first.wallMs / 1000).toFixed(1)} s: planning ${reps[1000]} x 1,000 and ${reps[100]} x 100`)
    }
  }
  for (const posts of sizes) {
    while (runs[posts].length < reps[posts]) await buildOnce(posts)
  }
  const summary = {}
  for (const posts of sizes) {
    summary[posts] = {
      wallSeconds: stats(runs[posts].map((r) => r.wallMs / 1000)),
      cpuSeconds: stats(runs[posts].map((r) => r.cpuSeconds)),
      peakTreeGB: stats(runs[posts].map((r) => r.peakTreeBytes / GB)),
      peakProcessGB: stats(runs[posts].map((r) => r.peakProcessBytes / GB)),
      maxProcesses: Math.max(...runs[posts].map((r) => r.maxProcesses)),
    }
  }
  const ratio = summary[1000] && summary[100] ? summary[1000].wallSeconds.median / summary[100].wallSeconds.median : undefined
  const rows = []
  if (summary[1000]) {
    rows.push(
      { metric: 'Clean build wall, 1,000 posts (s)', budget: '≤ 55', value: summary[1000].wallSeconds, pass: summary[1000].wallSeconds.median <= 55 },
      { metric: 'Clean build CPU time (user+sys, whole tree), 1,000 posts (s)', budget: '—', value: summary[1000].cpuSeconds },
      { metric: 'Clean build peak memory, process tree, 1,000 posts (GB)', budget: '≤ 2.5', value: summary[1000].peakTreeGB, pass: summary[1000].peakTreeGB.median <= 2.5 },
      { metric: 'Clean build peak memory, largest process, 1,000 posts (GB)', budget: '—', value: summary[1000].peakProcessGB },
    )
  }
  if (summary[100]) {
    rows.push(
      { metric: 'Clean build wall, 100 posts (s)', budget: '—', value: summary[100].wallSeconds },
      { metric: 'Clean build CPU time (user+sys, whole tree), 100 posts (s)', budget: '—', value: summary[100].cpuSeconds },
      { metric: 'Clean build peak memory, process tree, 100 posts (GB)', budget: '—', value: summary[100].peakTreeGB },
    )
  }
  if (ratio !== undefined) {
    const cpuRatio = summary[1000].cpuSeconds.median / summary[100].cpuSeconds.median
    rows.push({ metric: 'Build time ratio 1,000 / 100 posts (wall medians)', budget: '≤ 8', value: ratio, pass: ratio <= 8, extra: `CPU-time ratio ${cpuRatio.toFixed(2)}` })
  }
  writeResult('build', { summary, ratio, rows, note: `repetitions: ${reps[100]} x 100, ${reps[1000]} x 1,000 posts${smoke ? ' (smoke)' : ''}` })
  return rows
}
