import { expect, test } from '@playwright/test'
import { hangulCount, platformFontsFor } from './support/fonts'

// Issue 11, item 1: inline code with Hangul was drawn with Liberation Mono alone, so the Hangul was tofu on a
// machine without a system Korean font. The code font stack ends in Pretendard, which we already ship.
const POST = '/blog/한글-주소로-글쓰기'
const CODE = '한글-주소로-글쓰기.mdx'
const FONT_BUDGET = 120 * 1024 // the same budget as e2e/fonts.spec.ts

test('Hangul in inline code is drawn by Pretendard, Latin by a monospace font, within the font budget', async ({
  page,
}) => {
  const fontBytes: number[] = []
  page.on('requestfinished', async (request) => {
    if (request.resourceType() !== 'font') return
    const sizes = await request.sizes()
    fontBytes.push(sizes.responseBodySize + sizes.responseHeadersSize)
  })
  const response = await page.goto(POST, { waitUntil: 'networkidle' })
  expect(response?.status()).toBe(200)
  await page.evaluate(() => document.fonts.ready)

  const code = page.locator('.prose code', { hasText: CODE })
  await expect(code).toBeVisible()
  expect(await code.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/monospace, "Pretendard Subset"/)

  // Until its subset has arrived Chromium draws with a fallback: wait for the font it settles on.
  await expect
    .poll(async () => {
      const fonts = await platformFontsFor(page, '.prose code', CODE)
      return fonts.filter((font) => /Pretendard/i.test(font.familyName)).reduce((n, font) => n + font.glyphCount, 0)
    })
    .toBeGreaterThanOrEqual(hangulCount(CODE))
  const fonts = await platformFontsFor(page, '.prose code', CODE)
  console.log(`fonts for \`${CODE}\`: ${fonts.map((f) => `${f.familyName} (${f.glyphCount})`).join(', ')}`)
  // The dash and `.mdx` still come from a monospace font, so code keeps looking like code.
  const latin = fonts.filter((font) => !/Pretendard/i.test(font.familyName))
  expect(latin.reduce((n, font) => n + font.glyphCount, 0)).toBeGreaterThan(0)

  await page.waitForLoadState('networkidle')
  const total = fontBytes.reduce((sum, bytes) => sum + bytes, 0)
  console.log(`font bytes on ${POST}: ${total} in ${fontBytes.length} files`)
  expect(total).toBeLessThanOrEqual(FONT_BUDGET)
  expect(await page.locator('link[rel="preload"][as="font"], link[rel="preload"][href*=".woff"]').count()).toBe(0)
})
