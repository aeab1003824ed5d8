// Dev-loop benchmark (issue 15): `npm run dev` over the 1,000-post corpus, read
// in Chromium. Per run, on a fresh copy of the corpus:
//   start      spawn → `GET /` answers 200 (home compiled and rendered);
//   first post the first visit of a post page → its <h1> visible;
//   edit       the post's title rewritten on disk → the new title in its <h1>;
//   new file   a new post (the newest date) written → its link on the home page.
// A change counts as visible when the open page shows it by itself (hot reload)
// or, when it has not after HMR_WAIT_MS, on the first reload that shows it, as a
// writer pressing reload would see it. Run 1 starts cold (no dev dist folder);
// later runs start warm, with the dist folder (and Turbopack's cache) of the one
// before. Runs: BENCH_DEV_RUNS (default 3; 1 in --quick).
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { startServer } from '../lib/server.mjs'
import { chromiumExecutable } from '../test-deps.mjs'
import { PORT_BASE, ROOT, corpus, log, stats, writeResult } from './lib.mjs'

const DIST = '.next-bench-dev'
const PORT = PORT_BASE + 4
const HMR_WAIT_MS = 2000
// Waits for a condition, never a fixed time: generous, since next dev's first compile takes minutes on a busy machine.
const START_TIMEOUT_MS = 15 * 60_000
const CHANGE_TIMEOUT_MS = 5 * 60_000

/** Set when a dev server ran: contentlayer2 dev rewrote .contentlayer/ from the corpus. */
export let devTouchedContent = false

const now = () => performance.now()

/** Waits until `check(page)` holds: first on the open page, then reloading. Resolves to { ms, by }. */
async function visibleAfter(page, url, since, check) {
  const deadline = since + CHANGE_TIMEOUT_MS
  try {
    await page.waitForFunction(check, undefined, { timeout: HMR_WAIT_MS, polling: 'raf' })
    return { ms: now() - since, by: 'hot reload' }
  } catch {
    // not shown by itself: reload until it is
  }
  while (now() < deadline) {
    try {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: CHANGE_TIMEOUT_MS })
    } catch (error) {
      // next dev reloading the page itself aborts our navigation (net::ERR_ABORTED): let that load finish instead.
      if (!/ERR_ABORTED|frame was detached|interrupted by another navigation/.test(String(error))) throw error
      await page.waitForLoadState('domcontentloaded', { timeout: CHANGE_TIMEOUT_MS }).catch(() => {})
    }
    if (await page.evaluate(check).catch(() => false)) return { ms: now() - since, by: 'reload' }
  }
  throw new Error(`${url}: the change did not show within ${CHANGE_TIMEOUT_MS / 1000} s`)
}

async function oneRun(browser, posts, run) {
  const dir = mkdtempSync(join(tmpdir(), `bench-dev-${posts}-`))
  cpSync(corpus(posts), dir, { recursive: true })
  if (run === 0) rmSync(join(ROOT, DIST), { recursive: true, force: true })
  const files = readdirSync(join(dir, 'blog'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx')).sort()
  // A post in a folder with an ASCII name: its URL is its path.
  const postFile = files.find((f) => /^[a-z]+\/bench-\d+\.mdx$/.test(f)) ?? files[0]
  const postUrl = `/blog/${postFile.replace(/\.mdx$/, '')}`
  const t0 = now()
  devTouchedContent = true
  const server = await startServer({ mode: 'dev', port: PORT, distDir: DIST, env: { CONTENT_DIR: dir }, ready: (status) => status === 200, timeoutMs: START_TIMEOUT_MS })
  const result = { cold: run === 0 }
  try {
    result.startMs = now() - t0
    log(`dev run ${run + 1} (${result.cold ? 'cold' : 'warm'}): home answered after ${(result.startMs / 1000).toFixed(1)} s`)
    const page = await (await browser.newContext()).newPage()
    const t1 = now()
    await page.goto(server.url + postUrl, { waitUntil: 'domcontentloaded', timeout: START_TIMEOUT_MS })
    await page.locator('h1').first().waitFor({ timeout: START_TIMEOUT_MS })
    result.firstPostMs = now() - t1
    log(`dev run ${run + 1}: first post page after ${(result.firstPostMs / 1000).toFixed(1)} s`)

    const marker = `수정된 제목 ${run + 1}`
    const source = readFileSync(join(dir, 'blog', postFile), 'utf8')
    const t2 = now()
    writeFileSync(join(dir, 'blog', postFile), source.replace(/^title: '(.*)'$/m, `title: '$1 ${marker}'`))
    const edit = await visibleAfter(page, server.url + postUrl, t2, new Function(`return document.querySelector('h1')?.textContent.includes(${JSON.stringify(marker)})`))
    result.editMs = edit.ms
    result.editBy = edit.by

    await page.goto(server.url + '/', { waitUntil: 'domcontentloaded', timeout: START_TIMEOUT_MS })
    const title = `새로 쓴 글 ${run + 1}`
    const t3 = now()
    writeFileSync(join(dir, 'blog', `bench-new-${run + 1}.mdx`), `---\ntitle: '${title}'\ndate: '2025-07-01'\ntags: ['회고']\nsummary: '개발 서버에 새 파일이 바로 보이는지 잰다.'\n---\n\n## 처음\n\n새 파일의 본문.\n`)
    const added = await visibleAfter(page, server.url + '/', t3, new Function(`return [...document.querySelectorAll('a')].some((a) => a.textContent.includes(${JSON.stringify(title)}))`))
    result.newFileMs = added.ms
    result.newFileBy = added.by
    log(`dev run ${run + 1}: first post ${(result.firstPostMs / 1000).toFixed(1)} s, edit visible ${(result.editMs / 1000).toFixed(2)} s (${edit.by}), new file on home ${(result.newFileMs / 1000).toFixed(2)} s (${added.by})`)
    await page.context().close()
  } finally {
    await server.stop()
    rmSync(dir, { recursive: true, force: true })
  }
  return result
}

export async function benchDev({ smoke = false } = {}) {
  const posts = Number(process.env.BENCH_DEV_POSTS ?? (smoke ? 100 : 1000))
  const runs = Number(process.env.BENCH_DEV_RUNS ?? (smoke ? 1 : 3))
  const browser = await chromium.launch({ executablePath: chromiumExecutable() })
  const results = []
  try {
    for (let run = 0; run < runs; run++) results.push(await oneRun(browser, posts, run))
  } finally {
    await browser.close()
  }
  const s = (key, list = results) => stats(list.map((r) => r[key] / 1000))
  const warm = results.filter((r) => !r.cold)
  const by = (key) => [...new Set(results.map((r) => r[key]))].join(' / ')
  const n = posts.toLocaleString('en-US')
  const summary = {
    posts,
    startColdSeconds: s('startMs', results.slice(0, 1)),
    startWarmSeconds: warm.length ? s('startMs', warm) : undefined,
    firstPostSeconds: s('firstPostMs'),
    editSeconds: s('editMs'),
    newFileSeconds: s('newFileMs'),
  }
  const rows = [
    { metric: `Dev, ${n} posts: start → home answers, cold (s)`, budget: '≤ 10', value: summary.startColdSeconds, pass: summary.startColdSeconds.median <= 10 },
    ...(summary.startWarmSeconds ? [{ metric: `Dev, ${n} posts: start → home answers, warm (s)`, budget: '≤ 10', value: summary.startWarmSeconds, pass: summary.startWarmSeconds.median <= 10 }] : []),
    { metric: `Dev, ${n} posts: first post page (s)`, budget: '≤ 3', value: summary.firstPostSeconds, pass: summary.firstPostSeconds.median <= 3 },
    { metric: `Dev, ${n} posts: edit → visible (s)`, budget: '≤ 1', value: summary.editSeconds, pass: summary.editSeconds.median <= 1, extra: `shown by ${by('editBy')}` },
    { metric: `Dev, ${n} posts: new file → on home (s)`, budget: '≤ 2', value: summary.newFileSeconds, pass: summary.newFileSeconds.median <= 2, extra: `shown by ${by('newFileBy')}` },
  ]
  writeResult('dev', { summary, runs: results, rows })
  return rows
}
