import { expect, test } from '@playwright/test'

import { hangulCount, platformFontsFor } from './support/fonts'

const SEED = '/blog/hardest-problem-i-solved'
// Issue 10: Pretendard cut to the site's own glyphs (lib/site/fonts/), was 337 KB in 13 dynamic-subset slices.
const FONT_BUDGET = 120 * 1024
const PARAGRAPH = '어려운 문제'

test('the seed post loads at most 120 KB of font, only our Pretendard subsets, which draw its Hangul', async ({ page }) => {
  const fonts: { url: string; bytes: number }[] = []
  page.on('requestfinished', async (request) => {
    if (request.resourceType() !== 'font' || request.url().startsWith('data:')) return
    const sizes = await request.sizes()
    fonts.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize })
  })

  const response = await page.goto(SEED, { waitUntil: 'networkidle' })
  expect(response?.status()).toBe(200)
  await page.evaluate(() => document.fonts.ready)
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"Pretendard Subset"/)

  // What Chromium drew the paragraph with (CDP), once the swap from the fallback has happened: Pretendard,
  // a web font, for every Hangul syllable of the paragraph's own text.
  const probe = (await page.locator('.prose p', { hasText: PARAGRAPH }).first().evaluate((el) => el.textContent)) ?? ''
  const sentence = probe.slice(0, 40)
  await expect
    .poll(async () => {
      const used = await platformFontsFor(page, '.prose p', sentence)
      return used.filter((font) => /Pretendard/i.test(font.familyName) && font.isCustomFont).reduce((n, f) => n + f.glyphCount, 0)
    })
    .toBeGreaterThanOrEqual(hangulCount(sentence))
  const used = await platformFontsFor(page, '.prose p', sentence)
  console.log(`fonts for "${sentence}": ${used.map((f) => `${f.familyName} (${f.glyphCount}${f.isCustomFont ? ', web font' : ''})`).join(', ')}`)
  expect(used.filter((font) => !font.isCustomFont).reduce((n, f) => n + f.glyphCount, 0), 'no glyph from a system font').toBe(0)

  await page.waitForLoadState('networkidle')
  expect(fonts.length, 'some subsets load').toBeGreaterThan(0)
  const total = fonts.reduce((sum, font) => sum + font.bytes, 0)
  console.log(`font bytes on the seed post: ${total} in ${fonts.length} files`)
  expect(total).toBeLessThanOrEqual(FONT_BUDGET)
  // Only the build's own subsets (pretendard-<hash>.woff2): no Pretendard dynamic-subset slice, which would
  // mean a glyph the font step missed, and never the 2 MB variable font.
  for (const { url } of fonts) expect(url).toMatch(/pretendard-[0-9a-f]{12}\.[^/]*woff2$/)

  const html = await response?.text()
  expect(html).not.toMatch(/<link[^>]+rel="preload"[^>]+as="font"/)
  expect(html).not.toMatch(/<link[^>]+as="font"[^>]+rel="preload"/)
  expect(await page.locator('link[rel="preload"][as="font"], link[rel="preload"][href*=".woff"]').count()).toBe(0)
})

test('a glyph the font step never saw, typed by a reader, is still drawn by Pretendard', async ({ page }) => {
  await page.goto(SEED, { waitUntil: 'networkidle' })
  // 똠 and 꿿 are in no post or UI string: they come from Pretendard's catch-all slices, fetched on demand.
  await page.evaluate(() => {
    const p = document.createElement('p')
    p.id = 'unseen-glyphs'
    p.textContent = '똠꿿'
    document.querySelector('main')?.append(p)
  })
  await expect
    .poll(async () => {
      const used = await platformFontsFor(page, '#unseen-glyphs', '똠꿿')
      return used.filter((font) => /Pretendard/i.test(font.familyName) && font.isCustomFont).reduce((n, f) => n + f.glyphCount, 0)
    })
    .toBe(2)
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
