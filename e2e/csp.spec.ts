// A strict Content-Security-Policy on every page (issue 14, acceptance 1), on
// `next start` (a header per page, from the build's hash manifest) and on the
// static export served by nginx (a <meta> in each page).
import { expect, test, type Page } from '@playwright/test'
import { budgetFor } from './support/budget'
import { expectStrictScriptPolicy, policiesOf, searchFor } from './support/csp'
import { openSearch } from './support/search'
import { SERVERS, recordCspViolations } from './support/servers'
import { chooseTheme } from './support/theme'

const CODE_POST = '/blog/mdx-writing-guide'
// URLs no build has: a reader gets the 404 page, hydrated like any other.
const UNKNOWN = ['/no-such-page', '/blog/no-such-post', '/tags/no-such-tag', `/blog/${encodeURIComponent('없는-글')}`]

/** Switches to the other of light and dark with the header's three-state button (it may take two presses). */
async function toggleTheme(page: Page) {
  const html = page.locator('html')
  const dark = /\bdark\b/.test((await html.getAttribute('class')) ?? '')
  await chooseTheme(page, dark ? '밝은 테마' : '어두운 테마')
  // Only hydrated React code answers the click.
  await expect(html).toHaveClass(dark ? /^(?!.*\bdark\b)/ : /\bdark\b/)
}

for (const server of SERVERS) {
  test.describe(server.name, () => {
    test.use({ baseURL: server.url })

    test("every page's effective policy allows its inline scripts by hash, and nothing inline besides", async ({ request }) => {
      const sitemap = await (await request.get('/sitemap.xml')).text()
      const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname)
      const paths = [...new Set(['/', ...listed, '/blog/page/1', '/search', '/archive', ...UNKNOWN])]
      expect(listed.length).toBeGreaterThan(10)
      budgetFor(paths.length / 4)
      for (const path of paths) {
        const response = await request.get(path)
        expect(response.status(), path).toBe(UNKNOWN.includes(path) ? 404 : 200)
        const html = await response.text()
        expectStrictScriptPolicy(policiesOf(response, html), html, path)
      }
    })

    test('0 violations while pages hydrate, the theme toggles, search opens and a post with code renders', async ({ page }) => {
      budgetFor(4)
      const violations = await recordCspViolations(page)
      await page.goto('/')
      await toggleTheme(page)
      const dialog = await openSearch(page)
      await searchFor(page, dialog, '한글')
      await page.keyboard.press('Escape')
      await expect(dialog).toBeHidden()

      await page.goto(CODE_POST)
      // Shiki's highlighted code, with its line numbers and copy button (a client component).
      const code = page.locator('main pre code').first()
      await expect(code).toContainText('export function tagSlug')
      await expect(code.locator('span[style]').first()).toBeAttached()
      await toggleTheme(page)
      await page.mouse.wheel(0, 10_000)
      // Client-side navigation to a Korean URL, then a full load of it.
      await page.goto('/tags')
      await page.locator('main').getByRole('link', { name: /^#회고/ }).click()
      await expect(page).toHaveURL(/\/tags\/(%ED%9A%8C%EA%B3%A0|회고)$/)
      await expect(page.getByRole('heading', { level: 1 })).toContainText('회고')
      expect(await violations()).toEqual([])
    })

    test('an unknown URL gets the 404 page, hydrated, with no violation', async ({ page }) => {
      budgetFor(UNKNOWN.length)
      const violations = await recordCspViolations(page)
      for (const path of UNKNOWN) {
        const response = await page.goto(path)
        expect(response?.status(), path).toBe(404)
        await expect(page.getByRole('heading', { name: '페이지를 찾을 수 없습니다' }), path).toBeVisible()
        await toggleTheme(page)
        expect(new URL(page.url()).pathname, path).toBe(path)
      }
      expect(await violations()).toEqual([])
    })

    test('an inline <script> inserted into a built page after the build is blocked and reported', async ({ page }) => {
      // The built page as the server sends it (headers included), with one
      // inline script added. At the end of <body>, outside what React
      // hydrates, so hydration itself stays clean and the test sees only the CSP.
      await page.route(`**${CODE_POST}`, async (route) => {
        const response = await route.fetch()
        const html = await response.text()
        expect(html).toContain('</body>')
        const body = html.replace('</body>', '<script>document.documentElement.dataset.injected = "ran"</script></body>')
        await route.fulfill({ response, body })
      })
      const violations = await recordCspViolations(page)
      await page.goto(CODE_POST)
      await expect(page.locator('main pre code').first()).toContainText('export function tagSlug')
      // The page's own scripts still run…
      await toggleTheme(page)
      // …and the inserted one did not, and the browser said so.
      await expect(page.locator('html')).not.toHaveAttribute('data-injected')
      await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src(-elem)? blocked inline$/))
      // Nothing else was blocked: the event above and Chromium's console line for the same script.
      for (const line of await violations()) expect(line).toMatch(/^script-src(-elem)? blocked inline$|(Refused to execute|Executing) inline script/)
    })
  })
}
