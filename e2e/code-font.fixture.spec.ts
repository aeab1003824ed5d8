import { expect, test } from '@playwright/test'
import { hangulCount, platformFontsFor } from './support/fonts'

// Issue 11, item 1, for a highlighted code block: the Hangul of `안녕, ${name}!` is drawn by Pretendard.
test('Hangul in a highlighted code block is drawn by Pretendard', async ({ page }) => {
  const response = await page.goto('/blog/rich/everything', { waitUntil: 'networkidle' })
  expect(response?.status()).toBe(200)
  await page.evaluate(() => document.fonts.ready)
  const line = '안녕'
  await expect(page.locator('.code-block pre .line', { hasText: line })).toBeVisible()
  await expect
    .poll(async () => {
      const fonts = await platformFontsFor(page, '.code-block pre .line', line)
      return fonts.filter((font) => /Pretendard/i.test(font.familyName)).reduce((n, font) => n + font.glyphCount, 0)
    })
    .toBeGreaterThanOrEqual(hangulCount(line))
})
