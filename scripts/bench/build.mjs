// Build benchmark (issue 15): clean `npm run build` of the realistic corpus at
// 100 and 1,000 posts (10,000 when asked: `--posts 10000` or BENCH_POSTS), with
// wall and CPU time, peak memory of the whole process tree, the build's phases
// (content check, assets, contentlayer, Next compile, type check and page data,
// prerender by route kind), and a cached rebuild after adding one post to the
// 1,000 (keeping what a CI keeps: `<dist>/cache` and CACHE_DIRS).
// Repetitions: BENCH_BUILD_RUNS ("3,3" = three 100-post and three 1,000-post
// builds), else three 100-post builds and as many 1,000-post builds (1 to 3) as
// fit in 15 minutes after timing the first. --quick: one 100-post build.
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { makePost, planCorpus, writePost } from './corpus.mjs'
import { ROUTE_KINDS, SEED, buildServed, corpus, log, measureBuild, stats, writeResult } from './lib.mjs'
import { updateScaling } from './chart.mjs'

const GB = 2 ** 30
// The goal column of issue 15 (the starter's figures beside them, for comparison).
export const BUDGETS = { wall: { 100: 30, 1000: 160 }, peakGB: { 1000: 2.5, 10000: 4 }, rebuildShare: 0.25 }
export const STARTER = { wall1000: 326, peakGB1000: 2.8 }

const fmt = (n) => n.toLocaleString('en-US')
const round1 = (n) => Math.round(n * 10) / 10

/** The median of each phase over runs, as one line of text. */
function phaseText(runs) {
  const median = (xs) => stats(xs).median
  const keys = ['prepare', 'contentlayer', 'compile', 'typesAndPageData', 'prerender', 'afterPrerender']
  const names = {
    prepare: 'prepare (content check beside contentlayer, assets, diagrams, fonts)',
    contentlayer: 'of which contentlayer',
    compile: 'Next compile',
    typesAndPageData: 'types + page data',
    prerender: 'prerender',
    afterPrerender: 'after prerender',
  }
  return keys
    .filter((k) => runs.every((r) => typeof r.phases[k] === 'number'))
    .map((k) => `${names[k]} ${round1(median(runs.map((r) => r.phases[k])))}`)
    .join(', ')
}

/** Prerender time by route kind, medians over runs. */
function routeText(runs) {
  const kinds = Object.keys(ROUTE_KINDS).filter((k) => runs.some((r) => r.phases.routes[k]))
  return kinds
    .map((k) => {
      const seconds = stats(runs.map((r) => r.phases.routes[k]?.seconds ?? 0)).median
      const count = runs[0].phases.routes[k]?.count ?? 0
      return `${ROUTE_KINDS[k]} ${round1(seconds)} s (${fmt(count)} × ${Math.round((seconds * 1000) / Math.max(1, count))} ms)`
    })
    .join('; ')
}

export async function benchBuild({ smoke = false, posts: asked } = {}) {
  const sizes = smoke ? [100] : (asked ?? [100, 1000]).sort((a, b) => a - b)
  const planned = process.env.BENCH_BUILD_RUNS?.split(',').map(Number)
  const runs = Object.fromEntries(sizes.map((n) => [n, []]))
  const buildOnce = async (posts) => {
    // The served build dir doubles as the benchmark dir: the last run is reused by reader/server.
    const r = posts === 10000 ? await measureBuild({ contentDir: corpus(10000), distDir: '.next-bench-10000', label: 'posts10000' }) : await buildServed(posts === 1000 ? 'posts1000' : 'posts100')
    log(`build ${fmt(posts)} posts: ${(r.wallMs / 1000).toFixed(1)} s wall, ${r.cpuSeconds.toFixed(1)} s CPU, tree peak ${(r.peakTreeBytes / GB).toFixed(2)} GB; ${phaseText([r])}`)
    log(`  prerender by kind: ${routeText([r])}`)
    runs[posts].push(r)
    return r
  }
  const reps = Object.fromEntries(sizes.map((n) => [n, smoke ? 1 : n === 10000 ? 1 : 3]))
  if (planned) Object.assign(reps, { 100: planned[0], 1000: planned[1] ?? planned[0] })
  if (!smoke && sizes.includes(1000)) {
    // Time one 1,000-post build first and fit the rest into ~15 minutes.
    const first = await buildOnce(1000)
    if (!planned) {
      reps[1000] = Math.max(1, Math.min(3, Math.floor((15 * 60_000) / first.wallMs)))
      log(`one 1,000-post build took ${(first.wallMs / 1000).toFixed(1)} s: planning ${reps[1000]} x 1,000 and ${reps[100] ?? 0} x 100`)
    }
  }
  for (const posts of sizes) while (runs[posts].length < reps[posts]) await buildOnce(posts)

  // A cached rebuild: one post added to the 1,000, with the caches a CI keeps. Then the post goes again.
  let rebuild
  if (runs[1000]?.length) {
    const dir = corpus(1000)
    const added = makePost(1001, SEED, planCorpus(1000, SEED)[499])
    writePost(dir, added)
    log('cached rebuild of 1,000 posts after adding one')
    rebuild = await buildServed('posts1000', 'cached')
    rmSync(join(dir, 'blog', added.file))
    for (const image of added.images) rmSync(join(dir, 'blog', image.file))
    log(`cached rebuild: ${(rebuild.wallMs / 1000).toFixed(1)} s wall; ${phaseText([rebuild])}`)
    // The served 1,000-post build now holds 1,001 posts: reader numbers on /blog and tags barely move.
  }

  const summary = {}
  for (const posts of sizes) {
    const list = runs[posts]
    summary[posts] = {
      wallSeconds: stats(list.map((r) => r.wallMs / 1000)),
      cpuSeconds: stats(list.map((r) => r.cpuSeconds)),
      peakTreeGB: stats(list.map((r) => r.peakTreeBytes / GB)),
      peakProcessGB: stats(list.map((r) => r.peakProcessBytes / GB)),
      maxProcesses: Math.max(...list.map((r) => r.maxProcesses)),
      phases: list.map((r) => r.phases),
    }
  }
  const rows = []
  for (const posts of sizes) {
    const s = summary[posts]
    const n = fmt(posts)
    const wallBudget = BUDGETS.wall[posts]
    const memBudget = BUDGETS.peakGB[posts]
    const starter = posts === 1000 ? `; starter ${STARTER.wall1000} s, ${(s.wallSeconds.median / STARTER.wall1000).toFixed(2)}× it` : ''
    rows.push(
      { metric: `Clean build wall, ${n} posts (s)`, budget: wallBudget ? `≤ ${wallBudget}` : '—', value: s.wallSeconds, pass: wallBudget ? s.wallSeconds.median <= wallBudget : undefined, extra: starter ? starter.slice(2) : undefined },
      { metric: `Clean build CPU time (user+sys, whole tree), ${n} posts (s)`, budget: '—', value: s.cpuSeconds },
      { metric: `Clean build peak memory, process tree, ${n} posts (GB)`, budget: memBudget ? `≤ ${memBudget}` : '—', value: s.peakTreeGB, pass: memBudget ? s.peakTreeGB.median <= memBudget : undefined, extra: `largest process ${s.peakProcessGB.median.toFixed(2)} GB${posts === 1000 ? `; starter ${STARTER.peakGB1000} GB` : ''}` },
      { metric: `Clean build phases, ${n} posts (s, medians)`, budget: '—', value: phaseText(runs[posts]) },
      { metric: `Prerender by route kind, ${n} posts (write times under server/app, medians)`, budget: '—', value: routeText(runs[posts]) },
    )
  }
  if (rebuild) {
    const clean = summary[1000].wallSeconds.median
    const share = rebuild.wallMs / 1000 / clean
    rows.push({
      metric: 'Cached rebuild after adding one post to 1,000 (s)',
      budget: `≤ 25% of clean (${round1(clean * BUDGETS.rebuildShare)})`,
      value: round1(rebuild.wallMs / 1000),
      pass: share <= BUDGETS.rebuildShare,
      extra: `${Math.round(share * 100)}% of clean, n=1; ${phaseText([rebuild])}`,
    })
  }
  if (summary[1000] && summary[100]) {
    const ratio = summary[1000].wallSeconds.median / summary[100].wallSeconds.median
    const cpuRatio = summary[1000].cpuSeconds.median / summary[100].cpuSeconds.median
    rows.push({ metric: 'Build time ratio 1,000 / 100 posts (wall medians)', budget: '—', value: round1(ratio * 100) / 100, extra: `CPU-time ratio ${cpuRatio.toFixed(2)}` })
  }
  const note = `repetitions: ${sizes.map((n) => `${reps[n]} x ${fmt(n)}`).join(', ')} posts${smoke ? ' (quick)' : ''}`
  // The kept output and lines stay out of the JSON; the rest of each run goes in.
  const runsOut = Object.fromEntries(sizes.map((n) => [n, runs[n].map((r) => ({ ...r, output: undefined, lines: undefined }))]))
  writeResult('build', { summary, rebuild: rebuild && { wallSeconds: rebuild.wallMs / 1000, phases: rebuild.phases }, runs: runsOut, rows, note }, { history: true })
  // A quick run is one noisy build: the chart keeps full runs only.
  if (!smoke) updateScaling(Object.fromEntries(sizes.map((n) => [n, { wallSeconds: summary[n].wallSeconds, peakTreeGB: summary[n].peakTreeGB }])))
  return rows
}
