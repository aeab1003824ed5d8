// The strict CSP on the fixture build (`next start`): a post with math and
// code renders without a violation (issue 14, acceptance 1), and with giscus
// switched on (scripts/e2e.mjs builds the fixture with GISCUS_REPO) the
// comment frame loads without one (acceptance 2). giscus.app is never
// reached: the test answers for it as the real client.js would behave.
import { expect, test } from '@playwright/test'
import { expectStrictScriptPolicy, policiesOf, scriptSources } from './support/csp'
import { recordCspViolations } from './support/servers'

const RICH = '/blog/rich/everything'

test('a post with math, code, footnotes and a series renders and hydrates with 0 violations', async ({ page, request }) => {
  const response = await request.get(RICH)
  const html = await response.text()
  expectStrictScriptPolicy(policiesOf(response, html), html, RICH)

  const violations = await recordCspViolations(page)
  await page.goto(RICH)
  await expect(page.locator('.katex-display')).toHaveCount(1)
  await expect(page.locator('.katex .mord').first()).toHaveCSS('font-family', /KaTeX_/)
  await expect(page.locator('figure.code-block pre.shiki').first()).toBeVisible()
  // The copy button is a client component: it answers only once hydrated.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  const copy = page.getByRole('button', { name: '코드 복사' }).first()
  await copy.click()
  await expect(copy).toHaveText('복사됨')
  await page.mouse.wheel(0, 20_000)
  await page.waitForLoadState('networkidle')
  expect(await violations()).toEqual([])
})

test('giscus on: its origin and nothing more is allowed, and its frame loads with 0 violations', async ({ page, request }) => {
  const headerPolicy = policiesOf(await request.get('/blog/fixture-01'), '')
  const scripts = scriptSources(headerPolicy[0]) ?? []
  expect(scripts.filter((source) => source.startsWith('https:'))).toEqual(['https://giscus.app'])
  expect(headerPolicy[0].directives.get('frame-src')).toEqual(['https://giscus.app'])

  await page.route('https://giscus.app/**', async (route) => {
    const url = new URL(route.request().url())
    if (url.pathname === '/client.js') {
      // What the real client.js does: a stylesheet and an iframe from giscus.app in place of its own tag.
      return route.fulfill({
        contentType: 'text/javascript',
        body: `
          const script = document.currentScript
          const link = document.createElement('link')
          link.rel = 'stylesheet'
          link.href = 'https://giscus.app/default.css'
          document.head.appendChild(link)
          const frame = document.createElement('iframe')
          frame.className = 'giscus-frame'
          frame.title = 'Comments'
          frame.src = 'https://giscus.app/ko/widget?origin=' + encodeURIComponent(location.href) + '&repo=' + script.dataset.repo
          script.insertAdjacentElement('afterend', frame)
          script.remove()`,
      })
    }
    if (url.pathname === '/default.css') return route.fulfill({ contentType: 'text/css', body: '.giscus-frame{width:100%;border:0}' })
    return route.fulfill({ contentType: 'text/html', body: '<!doctype html><p id="widget">giscus widget for ' + url.searchParams.get('repo') + '</p>' })
  })
  const violations = await recordCspViolations(page)
  await page.setViewportSize({ width: 375, height: 150 })
  await page.goto('/blog/fixture-01')
  await page.getByRole('heading', { name: '댓글' }).scrollIntoViewIfNeeded()
  const frame = page.locator('iframe.giscus-frame')
  await expect(frame).toBeAttached()
  await expect(page.frameLocator('iframe.giscus-frame').locator('#widget')).toHaveText('giscus widget for hangul-blog/e2e-comments')
  await page.waitForLoadState('networkidle')
  expect(await violations()).toEqual([])

  // The same page would report a frame from any other origin: the check above can fail.
  await page.evaluate(() => {
    const other = document.createElement('iframe')
    other.src = 'https://comments.example/widget'
    document.body.appendChild(other)
  })
  await expect.poll(violations).toContainEqual('frame-src blocked https://comments.example')
})
