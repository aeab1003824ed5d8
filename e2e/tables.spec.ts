import { expect, test } from '@playwright/test'
import { brokenWords, codeCellLines } from './support/table-lines'

// Issue 11, item 3: at 390 px `필수` wrapped and code cells split as `seriesOrde/r`. Cells now wrap only between
// words, code cells not at all; a table too wide for that scrolls in its box (e2e/tables.fixture.spec.ts).
test('at 390 px the writing guide’s table breaks no word and no code cell, and the page does not scroll sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/blog/mdx-writing-guide')
  const box = page.locator('.prose .table-scroll').first()
  await expect(box.locator('table')).toBeVisible()
  expect(await brokenWords(box)).toEqual([])
  const codes = await codeCellLines(box)
  expect(codes.map(({ text }) => text)).toContain('seriesOrder')
  for (const { text, lines } of codes) expect(lines, text).toBe(1)
  const header = box.locator('th', { hasText: '필수' })
  expect(
    await header.evaluate((th) => {
      const range = document.createRange()
      range.selectNodeContents(th)
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size
    }),
  ).toBe(1)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow, 'the page itself does not scroll sideways').toBeLessThanOrEqual(0)
})
