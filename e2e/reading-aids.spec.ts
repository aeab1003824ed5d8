import { expect, test, type Page } from '@playwright/test'

// Issue 11, Add: on a long post the header stays reachable, a bar shows how far the reader is, and a link goes
// back to the top. With reduced motion asked for, nothing moves.
const POST = '/blog/hardest-problem-i-solved'

async function scrollToFraction(page: Page, fraction: number) {
  await page.evaluate((f) => {
    const max = document.documentElement.scrollHeight - window.innerHeight
    window.scrollTo({ top: max * f, behavior: 'instant' })
  }, fraction)
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0)
}

const progress = (page: Page) =>
  page.locator('.reading-progress').evaluate((el) => {
    const transform = getComputedStyle(el).transform // matrix(a, b, c, d, e, f): a is scaleX
    return transform === 'none' ? 1 : Number(transform.slice(7).split(',')[0])
  })

test('the header stays on screen, the progress bar follows the scroll, and 맨 위로 goes back up', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(POST)
  const header = page.locator('header').first() // the site header comes before the post's own
  const backToTop = page.getByRole('link', { name: '맨 위로' })
  await expect(backToTop).toBeHidden()
  await expect.poll(() => progress(page)).toBeLessThan(0.05)

  await scrollToFraction(page, 0.5)
  expect((await header.boundingBox())?.y).toBe(0)
  await expect(page.getByRole('navigation', { name: '주 메뉴' })).toBeInViewport()
  await expect.poll(() => progress(page)).toBeGreaterThan(0.4)
  expect(await progress(page)).toBeLessThan(0.6)

  await scrollToFraction(page, 1)
  await expect.poll(() => progress(page)).toBeGreaterThan(0.95)
  await expect(backToTop).toBeVisible()
  await backToTop.focus()
  await page.keyboard.press('Enter')
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)
  // Focus starts over from the top: the next Tab lands on the skip link.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: '본문으로 건너뛰기' })).toBeFocused()
})

test('with reduced motion there is no moving bar, and 맨 위로 is simply there', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(POST)
  await expect(page.locator('.reading-progress')).toBeHidden()
  await scrollToFraction(page, 1)
  const backToTop = page.getByRole('link', { name: '맨 위로' })
  await expect(backToTop).toBeVisible()
  expect(await backToTop.evaluate((el) => getComputedStyle(el).animationName)).toBe('none')
  await backToTop.click()
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)
})
