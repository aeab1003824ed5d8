// giscus switched on (issue 4, acceptance 6): scripts/e2e.mjs builds the
// fixture site with GISCUS_REPO=hangul-blog/e2e-comments, which
// data/site-config.ts reads at build time. giscus.app itself is never
// reached: the test answers for it.
import { expect, test } from '@playwright/test'

const REPO = 'hangul-blog/e2e-comments'

test('comments load only when the reader scrolls near them, with the configured repo', async ({ page }) => {
  const giscusRequests: string[] = []
  await page.route('https://giscus.app/**', async (route) => {
    giscusRequests.push(route.request().url())
    // Stands in for client.js: proves the CSP lets giscus' script run.
    await route.fulfill({
      contentType: 'text/javascript',
      body: "document.querySelector('.giscus').setAttribute('data-stub-ran', 'yes')",
    })
  })
  // Everything else must stay local, even with giscus on.
  const foreign: string[] = []
  page.on('request', (request) => {
    const { hostname } = new URL(request.url())
    if (!['localhost', '127.0.0.1', 'giscus.app'].includes(hostname)) foreign.push(request.url())
  })
  // A short window, so the fixture's short post still has its comments well below the fold.
  await page.setViewportSize({ width: 375, height: 150 })
  await page.goto('/blog/fixture-01')
  const csp = (await page.request.get('/blog/fixture-01')).headers()['content-security-policy']
  expect(csp).toContain('https://giscus.app')

  await expect(page.getByRole('heading', { name: '댓글' })).toBeAttached()
  await page.waitForLoadState('networkidle')
  await expect(page.locator('script[src="https://giscus.app/client.js"]')).toHaveCount(0)
  expect(giscusRequests).toEqual([])

  await page.getByRole('heading', { name: '댓글' }).scrollIntoViewIfNeeded()
  const script = page.locator('script[src="https://giscus.app/client.js"]')
  await expect(script).toHaveCount(1)
  await expect(script).toHaveAttribute('data-repo', REPO)
  await expect(script).toHaveAttribute('data-repo-id', 'R_e2e')
  await expect(script).toHaveAttribute('data-category-id', 'DIC_e2e')
  await expect(script).toHaveAttribute('data-lang', 'ko')
  await expect(page.locator('.giscus')).toHaveAttribute('data-stub-ran', 'yes')
  expect(giscusRequests).toEqual(['https://giscus.app/client.js'])
  expect(foreign).toEqual([])
})
