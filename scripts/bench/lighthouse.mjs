// Lighthouse 12.2.3 (mobile profile, its default simulated throttling) on home,
// the seed post and a tag page of the real site, with the system Chromium.
// Three runs per page; the table shows medians with their spread.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromiumExecutable } from '../test-deps.mjs'
import { BUILDS, SEED_POST, ensureServedBuild, log, serve, stats, tagPath, writeResult } from './lib.mjs'

// Headless, and no traffic to anything but the page under test.
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--metrics-recording-only',
  '--no-first-run',
  '--no-pings',
  '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,AutofillServerCommunication,CertificateTransparencyComponentUpdater',
]
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']

/**
 * One Lighthouse run. On two busy cores its trace now and then misses the
 * navigation (NO_NAVSTART, NO_FCP): such a run measured nothing, so it is run
 * again, twice at most; a page that fails three times is a real error.
 */
async function audit(url, port, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES })
    if (!lhr.runtimeError) return lhr
    if (attempt === attempts) throw new Error(`lighthouse ${url}: ${lhr.runtimeError.message}`)
    log(`lighthouse ${url}: ${lhr.runtimeError.code}, running it again`)
  }
}

export async function benchLighthouse({ smoke = false } = {}) {
  await ensureServedBuild('real')
  const server = await serve('real')
  const chrome = await chromeLauncher.launch({ chromePath: chromiumExecutable(), chromeFlags: CHROME_FLAGS, logLevel: 'silent' })
  const pages = { home: '/', post: SEED_POST, tag: tagPath(BUILDS.real.distDir) }
  const runs = smoke ? 1 : 3
  const raw = {}
  try {
    for (const [name, path] of Object.entries(pages)) {
      raw[name] = []
      for (let i = 0; i < runs; i++) {
        const lhr = await audit(server.url + encodeURI(path), chrome.port)
        const run = {
          ...Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c].score ?? 0) * 100)])),
          lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
          cls: lhr.audits['cumulative-layout-shift'].numericValue,
          tbtMs: lhr.audits['total-blocking-time'].numericValue,
          // Audits that cost points, so a miss can be explained.
          failing: Object.values(lhr.audits)
            .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
            .map((a) => a.id),
          consoleErrors: (lhr.audits['errors-in-console'].details?.items ?? []).map((item) => `${item.source}: ${item.description} ${item.sourceLocation?.url ?? ''}`.trim()),
        }
        raw[name].push(run)
        log(`lighthouse ${name} run ${i + 1}: ${CATEGORIES.map((c) => run[c]).join('/')} LCP ${Math.round(run.lcpMs)} ms CLS ${run.cls.toFixed(3)} TBT ${Math.round(run.tbtMs)} ms`)
      }
    }
  } finally {
    await chrome.kill()
    await server.stop()
  }
  const rows = []
  const summary = {}
  for (const [name, list] of Object.entries(raw)) {
    const s = Object.fromEntries(['lcpMs', 'cls', 'tbtMs', ...CATEGORIES].map((k) => [k, stats(list.map((r) => r[k]))]))
    summary[name] = {
      path: pages[name],
      ...s,
      failingAudits: [...new Set(list.flatMap((r) => r.failing))],
      consoleErrors: [...new Set(list.flatMap((r) => r.consoleErrors))],
    }
    const scores = CATEGORIES.map((c) => s[c].median)
    rows.push(
      {
        metric: `Lighthouse ${name} (${pages[name]}): performance / accessibility / best practices / SEO`,
        budget: '100 / 100 / 100 / 100',
        value: scores.join(' / '),
        extra:
          `min ${CATEGORIES.map((c) => s[c].min).join(' / ')}, n=${list.length}` +
          (summary[name].failingAudits.length ? `; audits below 1: ${summary[name].failingAudits.join(', ')}` : '') +
          (summary[name].consoleErrors.length ? `; console errors: ${summary[name].consoleErrors.join(' | ')}` : ''),
        pass: scores.every((score) => score === 100),
      },
      { metric: `Lighthouse ${name}: LCP (ms)`, budget: '—', value: s.lcpMs },
      { metric: `Lighthouse ${name}: CLS`, budget: '—', value: s.cls },
      { metric: `Lighthouse ${name}: TBT (ms)`, budget: '—', value: s.tbtMs },
    )
  }
  writeResult('lighthouse', { summary, raw, rows })
  return rows
}
