// Reader benchmark: what Chromium downloads for a page from `next start`.
// Bytes come from CDP Network events: `encodedDataLength` of loadingFinished
// (transferred, headers included) and the sum of dataReceived `dataLength`
// (decoded). Each page loads in a fresh context (empty cache), twice:
//  - "no prefetch": requests Next makes for link prefetch (RSC payloads with an
//    `_rsc` query or `RSC`/`Next-Router-Prefetch` headers) are blocked, so the
//    numbers are the page's own first load;
//  - "with prefetch": everything allowed, measured after network idle + 1 s,
//    which adds what production prefetches for the links in the viewport.
import { chromium } from '@playwright/test'
import { chromiumExecutable } from '../test-deps.mjs'
import { BUILDS, SEED_POST, ensureServedBuild, kb, log, serve, stats, tagPath, writeResult } from './lib.mjs'

const isPrefetch = (url, headers) => {
  const h = Object.fromEntries(Object.entries(headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]))
  return /[?&]_rsc=/.test(url) || h['rsc'] === '1' || 'next-router-prefetch' in h || 'next-router-segment-prefetch' in h
}

async function measure(browser, url, { prefetch }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  const requests = new Map()
  cdp.on('Network.requestWillBeSent', (e) => {
    requests.set(e.requestId, { url: e.request.url, type: e.type, prefetch: isPrefetch(e.request.url, e.request.headers), encoded: 0, decoded: 0, done: false })
  })
  cdp.on('Network.requestWillBeSentExtraInfo', (e) => {
    const r = requests.get(e.requestId)
    if (r && isPrefetch(r.url, e.headers)) r.prefetch = true
  })
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId)
    if (r) r.type = e.type
  })
  cdp.on('Network.dataReceived', (e) => {
    const r = requests.get(e.requestId)
    if (r) r.decoded += e.dataLength
  })
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId)
    if (r) Object.assign(r, { encoded: e.encodedDataLength, done: true })
  })
  if (!prefetch) {
    await page.route('**/*', (route) => {
      const req = route.request()
      return isPrefetch(req.url(), req.headers()) ? route.abort() : route.continue()
    })
  }
  const response = await page.goto(url, { waitUntil: 'networkidle' })
  await page.waitForTimeout(1000)
  await page.waitForLoadState('networkidle')
  const status = response?.status()
  await context.close()
  const done = [...requests.values()].filter((r) => r.done)
  const sum = (pred, key = 'encoded') => done.filter(pred).reduce((n, r) => n + r[key], 0)
  return {
    status,
    requests: done.length,
    prefetchRequests: done.filter((r) => r.prefetch).length,
    prefetchBytes: sum((r) => r.prefetch),
    scriptEncoded: sum((r) => r.type === 'Script'),
    scriptDecoded: sum((r) => r.type === 'Script', 'decoded'),
    cssEncoded: sum((r) => r.type === 'Stylesheet'),
    fontEncoded: sum((r) => r.type === 'Font'),
    fontFiles: done.filter((r) => r.type === 'Font').length,
    htmlEncoded: sum((r) => r.type === 'Document'),
    htmlDecoded: sum((r) => r.type === 'Document', 'decoded'),
    totalEncoded: sum(() => true),
    firstLoadEncoded: sum((r) => ['Document', 'Script', 'Stylesheet', 'Font'].includes(r.type)),
    // A search index must not load with the page (issue 6: "0 bytes on page load").
    searchBytes: sum((r) => /search/i.test(new URL(r.url).pathname)),
  }
}

const RUNS = 3

async function measurePages(browser, server, pages) {
  const out = {}
  for (const [name, path] of Object.entries(pages)) {
    out[name] = { path }
    for (const mode of ['noPrefetch', 'withPrefetch']) {
      const runs = []
      for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, server.url + encodeURI(path), { prefetch: mode === 'withPrefetch' }))
      if (runs.some((r) => r.status !== 200)) throw new Error(`${path} answered ${runs.map((r) => r.status)}`)
      out[name][mode] = Object.fromEntries(Object.keys(runs[0]).map((key) => [key, stats(runs.map((r) => r[key]))]))
    }
    const n = out[name].noPrefetch
    log(`${name} ${path}: script ${kb(n.scriptEncoded.median)} KB (${kb(n.scriptDecoded.median)} KB decoded), html ${kb(n.htmlDecoded.median)} KB, fonts ${kb(n.fontEncoded.median)} KB, ${n.requests.median} requests; prefetch adds ${out[name].withPrefetch.prefetchRequests.median} requests`)
  }
  return out
}

export async function benchReader({ smoke = false } = {}) {
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: ['--no-sandbox'] })
  const results = {}
  const big = smoke ? 'posts100' : 'posts1000'
  try {
    await ensureServedBuild('real')
    let server = await serve('real')
    try {
      results.real = await measurePages(browser, server, {
        floor: '/bench-floor',
        home: '/',
        seedPost: SEED_POST,
        ...(smoke ? {} : { blog: '/blog', tag: tagPath(BUILDS.real.distDir) }),
      })
    } finally {
      await server.stop()
    }
    await ensureServedBuild(big)
    server = await serve(big)
    try {
      results[big] = await measurePages(browser, server, { blog: '/blog', tag: tagPath(BUILDS[big].distDir), ...(smoke ? {} : { floor: '/bench-floor', home: '/' }) })
    } finally {
      await server.stop()
    }
  } finally {
    await browser.close()
  }
  const real = results.real
  const post = real.seedPost.noPrefetch
  const floor = real.floor.noPrefetch
  const K = (s) => ({ median: kb(s.median), min: kb(s.min), max: kb(s.max), runs: s.runs })
  const listPosts = smoke ? '100' : '1,000'
  const rows = [
    { metric: 'Framework floor (/bench-floor): script transferred (KB)', budget: '—', value: K(floor.scriptEncoded) },
    { metric: 'Seed post: script transferred (KB)', budget: `≤ floor + 15 (${kb(floor.scriptEncoded.median + 15 * 1024)}) and ≤ 175`, value: K(post.scriptEncoded), pass: post.scriptEncoded.median <= Math.min(floor.scriptEncoded.median + 15 * 1024, 175 * 1024) },
    { metric: 'Seed post: script decoded (KB)', budget: '—', value: K(post.scriptDecoded) },
    { metric: 'Seed post: font transferred (KB)', budget: '≤ 350', value: K(post.fontEncoded), pass: post.fontEncoded.median <= 350 * 1024 },
    { metric: 'Seed post: first load HTML+CSS+JS+fonts transferred (KB)', budget: '≤ 600', value: K(post.firstLoadEncoded), pass: post.firstLoadEncoded.median <= 600 * 1024 },
    { metric: 'Seed post: HTML transferred / decoded (KB)', budget: '—', value: K(post.htmlEncoded), extra: `${kb(post.htmlDecoded.median)} decoded` },
    { metric: 'Seed post: all bytes transferred, no prefetch (KB)', budget: '—', value: K(post.totalEncoded) },
    { metric: 'Seed post: requests, no prefetch / with prefetch', budget: '—', value: post.requests, extra: `${real.seedPost.withPrefetch.requests.median} with prefetch (+${kb(real.seedPost.withPrefetch.prefetchBytes.median)} KB)` },
    { metric: 'Home: script transferred (KB)', budget: '—', value: K(real.home.noPrefetch.scriptEncoded) },
    { metric: 'Home: all bytes transferred, no prefetch / with prefetch (KB)', budget: '—', value: K(real.home.noPrefetch.totalEncoded), extra: `${kb(real.home.withPrefetch.totalEncoded.median)} with prefetch, ${real.home.withPrefetch.requests.median} requests` },
    { metric: 'Search index bytes on page load (home)', budget: '0', value: real.home.noPrefetch.searchBytes, pass: real.home.noPrefetch.searchBytes.median === 0 },
    { metric: `/blog HTML decoded, ${listPosts} posts (KB)`, budget: '≤ 80', value: K(results[big].blog.noPrefetch.htmlDecoded), pass: results[big].blog.noPrefetch.htmlDecoded.median <= 80 * 1024, extra: `${kb(results[big].blog.noPrefetch.htmlEncoded.median)} transferred` },
    { metric: `Tag page (${results[big].tag.path}) HTML decoded, ${listPosts} posts (KB)`, budget: '≤ 80', value: K(results[big].tag.noPrefetch.htmlDecoded), pass: results[big].tag.noPrefetch.htmlDecoded.median <= 80 * 1024, extra: `${kb(results[big].tag.noPrefetch.htmlEncoded.median)} transferred` },
    { metric: `/blog: all bytes with prefetch, ${listPosts} posts (KB)`, budget: '—', value: K(results[big].blog.withPrefetch.totalEncoded), extra: `${results[big].blog.withPrefetch.prefetchRequests.median} prefetch requests` },
  ]
  writeResult('reader', { results, rows })
  return rows
}
