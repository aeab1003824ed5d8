import { expect, test } from '@playwright/test'
import { brokenWords, codeCellLines } from './support/table-lines'

// Issue 11, item 3: the rich fixture's table has a row of long code cells, wider than a phone.
test('at 390 px a wide table scrolls sideways inside its box, keyboard too, and the page does not', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/blog/rich/everything')
  const box = page.locator('.prose .table-scroll').first()
  await expect(box.locator('table')).toBeVisible()
  const widths = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }))
  expect(widths.scroll, 'the table is wider than its box').toBeGreaterThan(widths.client)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow, 'the page itself does not scroll sideways').toBeLessThanOrEqual(0)

  expect(await brokenWords(box)).toEqual([])
  const codes = await codeCellLines(box)
  expect(codes.length).toBe(4)
  for (const { text, lines } of codes) expect(lines, text).toBe(1)

  // The box takes focus, and the arrow keys scroll it.
  await box.focus()
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0)
})
