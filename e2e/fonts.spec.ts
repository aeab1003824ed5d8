import { expect, test } from '@playwright/test'

const SEED = '/blog/hardest-problem-i-solved'
const FONT_BUDGET = 350 * 1024

test('the seed post loads at most 350 KB of font, only Pretendard subsets, with no font preload', async ({ page }) => {
  const fonts: { url: string; bytes: number }[] = []
  page.on('requestfinished', async (request) => {
    if (request.resourceType() !== 'font') return
    const sizes = await request.sizes()
    fonts.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize })
  })

  const response = await page.goto(SEED, { waitUntil: 'networkidle' })
  expect(response?.status()).toBe(200)
  await page.evaluate(() => document.fonts.ready)
  // Pretendard, not a fallback, draws the Hangul of the post.
  expect(await page.evaluate(() => document.fonts.check('16px "Pretendard Variable"', '가'))).toBe(true)
  await page.waitForLoadState('networkidle')

  expect(fonts.length, 'some subsets load').toBeGreaterThan(0)
  const total = fonts.reduce((sum, font) => sum + font.bytes, 0)
  console.log(`font bytes on the seed post: ${total} in ${fonts.length} files`)
  expect(total).toBeLessThanOrEqual(FONT_BUDGET)
  // The 2 MB variable font (PretendardVariable.woff2, not a .subset.N file) is never fetched.
  for (const { url } of fonts) expect(url).not.toMatch(/PretendardVariable\.woff2(\?|$)/i)

  const html = await response?.text()
  expect(html).not.toMatch(/<link[^>]+rel="preload"[^>]+as="font"/)
  expect(html).not.toMatch(/<link[^>]+as="font"[^>]+rel="preload"/)
  expect(await page.locator('link[rel="preload"][as="font"], link[rel="preload"][href*=".woff"]').count()).toBe(0)
})

test('post text breaks between words, not inside them, with a line height for Hangul', async ({ page }) => {
  await page.goto(SEED)
  const style = (selector: string) =>
    page.locator(selector).first().evaluate((el) => {
      const css = getComputedStyle(el)
      return {
        wordBreak: css.wordBreak,
        overflowWrap: css.overflowWrap,
        lineHeight: parseFloat(css.lineHeight) / parseFloat(css.fontSize),
      }
    })
  const paragraph = await style('.prose p')
  expect(paragraph).toMatchObject({ wordBreak: 'keep-all', overflowWrap: 'anywhere' })
  expect(paragraph.lineHeight).toBeGreaterThanOrEqual(1.7)
  const title = await style('h1')
  expect(title.wordBreak).toBe('keep-all')
  expect(['anywhere', 'break-word']).toContain(title.overflowWrap)
})
