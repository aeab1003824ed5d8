// Security headers and third-party requests (issue 4, acceptance 5 and 6;
// issue 14's headers audit), on `next start` and on out/ served by nginx.
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { siteConfig } from '../data/site-config'
import { contentSecurityPolicy } from '../lib/site/csp'
import { HSTS, hostHeadersFile, securityHeaders } from '../lib/site/security-headers'
import { LOCAL_HOSTS, SERVERS, recordCspViolations } from './support/servers'
import { chooseTheme } from './support/theme'

// One URL of every page type, and what each must answer.
const PAGES: [path: string, status: number][] = [
  ['/', 200],
  ['/blog', 200],
  ['/blog/hardest-problem-i-solved', 200],
  [`/blog/${encodeURIComponent('한글-주소로-글쓰기')}`, 200],
  ['/blog/devops/jenkins-heap-dump', 200],
  ['/tags', 200],
  ['/tags/%ED%9A%8C%EA%B3%A0', 200],
  ['/about', 200],
  ['/static/images/avatar.svg', 200],
  ['/no-such-page', 404],
  // Feeds and sitemap (issue 4, acceptance 5): the feeds helper adds
  // ['/feed.xml', 200], ['/sitemap.xml', 200], … here, so they are checked on
  // both servers (status and headers) like every other page type.
]

// Version numbers of the stack, and paths of the machine that built or serves the site.
const LEAK = /next\.?js[ /@v]*\d|nginx\/\d|node(\.js)?\/v?\d|react(-dom)?@\d|\/work\/|\/home\/|node_modules|webpack:|turbopack:\/\/|\bat \S+ \(\//i

const expected = securityHeaders(siteConfig.integrations, { siteUrl: siteConfig.siteUrl })
// The CSP of an HTML page is that page's own (e2e/csp.spec.ts); everything else gets the full hash-less one.
const fullPolicy = contentSecurityPolicy(siteConfig.integrations)
const HTML_PAGES = new Set(PAGES.filter(([path]) => !path.startsWith('/static/')).map(([path]) => path))

test('every integration is off in data/site-config.ts, as shipped', () => {
  const { giscus, umami, plausible, buttondown } = siteConfig.integrations
  expect([giscus.enabled, umami.enabled, plausible.enabled, buttondown.enabled]).toEqual([false, false, false, false])
})

// Netlify and Cloudflare Pages read out/_headers (tests/unit/security-headers.test.ts reads it as they do).
test('the export writes out/_headers with the same headers, and nginx does not serve it', async ({ request }) => {
  expect(readFileSync('out/_headers', 'utf8')).toBe(hostHeadersFile(expected))
  const exported = SERVERS.find((server) => server.name.includes('nginx'))
  expect(exported, 'the nginx export server').toBeDefined()
  expect((await request.get(`${exported?.url}/_headers`)).status()).toBe(404)
})

for (const server of SERVERS) {
  test.describe(server.name, () => {
    test.use({ baseURL: server.url })

    test('every page type answers with the security headers', async ({ request }) => {
      for (const [path, status] of PAGES) {
        const response = await request.get(path, { maxRedirects: 0 })
        expect(response.status(), path).toBe(status)
        const headers = response.headers()
        for (const { key, value } of expected) {
          if (key === 'Content-Security-Policy' && HTML_PAGES.has(path)) continue
          expect(headers[key.toLowerCase()], `${key} on ${path}`).toBe(value)
        }
        expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'")
        if (!HTML_PAGES.has(path)) expect(headers['content-security-policy'], path).toBe(fullPolicy)
        expect(headers['x-frame-options'], path).toBe('DENY')
        expect(headers['x-content-type-options'], path).toBe('nosniff')
      }
    })

    test('scripts and styles carry the headers; hashed assets are cached for a year', async ({ page, request }) => {
      await page.goto('/')
      const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src')
      expect(script).toBeTruthy()
      const response = await request.get(script ?? '')
      expect(response.status()).toBe(200)
      expect(response.headers()['content-type']).toMatch(/javascript/)
      expect(response.headers()['x-content-type-options']).toBe('nosniff')
      expect(response.headers()['cache-control']).toContain('max-age=31536000')
      expect(response.headers()['cache-control']).toContain('immutable')
    })

    test('COOP on every response, HSTS for the https siteUrl, and no framework version or file path anywhere', async ({
      request,
    }) => {
      expect(new URL(siteConfig.siteUrl).protocol).toBe('https:')
      // What each kind of answer looks like: pages, a 404, a malformed URL, an asset, a feed, a wrong method.
      const answers = [
        await request.get('/'),
        await request.get('/no-such-page'),
        await request.get('/tags/%A0'),
        await request.get('/static/images/avatar.svg'),
        await request.get('/feed.xml'),
        await request.fetch('/', { method: 'DELETE' }),
        await request.get('/_next/static/no-such-chunk.js'),
      ]
      for (const response of answers) {
        const where = `${response.status()} ${new URL(response.url()).pathname}`
        const headers = response.headers()
        expect(headers['cross-origin-opener-policy'], where).toBe('same-origin')
        expect(headers['strict-transport-security'], where).toBe(HSTS)
        expect(headers['x-powered-by'], where).toBeUndefined()
        // nginx names itself but never its version (server_tokens off); Next sends no Server header.
        expect(headers.server ?? 'nginx', where).toBe('nginx')
        for (const [name, value] of Object.entries(headers)) expect(`${name}: ${value}`, where).not.toMatch(LEAK)
        expect(await response.text(), where).not.toMatch(LEAK)
      }
    })

    test('home and post pages run without a single CSP violation', async ({ page }) => {
      const violations = await recordCspViolations(page)
      for (const path of ['/', '/blog/hardest-problem-i-solved', `/blog/${encodeURIComponent('한글-주소로-글쓰기')}`]) {
        await page.goto(path)
        await page.mouse.wheel(0, 10_000)
        // The theme toggle exercises next-themes' client code after hydration.
        await chooseTheme(page, '어두운 테마')
        await expect(page.locator('html')).toHaveClass(/dark/)
        expect(await violations(), path).toEqual([])
        await chooseTheme(page, '밝은 테마')
      }
    })

    test('with every integration off, no request leaves localhost', async ({ page }) => {
      const requested: string[] = []
      page.on('request', (request) => requested.push(request.url()))
      for (const path of ['/', '/blog/hardest-problem-i-solved', '/tags/%ED%9A%8C%EA%B3%A0', '/about']) {
        await page.goto(path)
        // Comments would load near the end of a post: scroll there and wait for any lazy request.
        await page.mouse.wheel(0, 10_000)
        await page.waitForLoadState('networkidle')
      }
      await expect(page.locator('script[src*="giscus"], iframe')).toHaveCount(0)
      await expect(page.getByRole('heading', { name: '댓글' })).toHaveCount(0)
      expect(requested.length).toBeGreaterThan(4)
      const foreign = requested.filter((url) => !url.startsWith('data:') && !LOCAL_HOSTS.has(new URL(url).hostname))
      expect(foreign).toEqual([])
    })
  })
}
