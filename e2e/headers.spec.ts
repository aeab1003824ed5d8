// Security headers and third-party requests (issue 4, acceptance 5 and 6),
// on `next start` and on out/ served by nginx.
import { expect, test } from '@playwright/test'
import { siteConfig } from '../data/site-config'
import { securityHeaders } from '../lib/site/security-headers'
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

const expected = securityHeaders(siteConfig.integrations)

test('every integration is off in data/site-config.ts, as shipped', () => {
  const { giscus, umami, plausible, buttondown } = siteConfig.integrations
  expect([giscus.enabled, umami.enabled, plausible.enabled, buttondown.enabled]).toEqual([false, false, false, false])
})

for (const server of SERVERS) {
  test.describe(server.name, () => {
    test.use({ baseURL: server.url })

    test('every page type answers with the security headers', async ({ request }) => {
      for (const [path, status] of PAGES) {
        const response = await request.get(path, { maxRedirects: 0 })
        expect(response.status(), path).toBe(status)
        const headers = response.headers()
        for (const { key, value } of expected) expect(headers[key.toLowerCase()], `${key} on ${path}`).toBe(value)
        expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'")
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
