import { expect, test } from '@playwright/test'

// Issue 11, item 3: at 390 px `필수` wrapped and code cells split as `seriesOrde/r`.
test('at 390 px a wide table scrolls inside its box, the page does not, and no cell breaks inside a word', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/blog/mdx-writing-guide')
  const box = page.locator('.prose .table-scroll').first()
  await expect(box.locator('table')).toBeVisible()

  const widths = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }))
  expect(widths.scroll, 'the table is wider than its box').toBeGreaterThan(widths.client)
  await box.evaluate((el) => el.scrollBy({ left: 200, behavior: 'instant' }))
  expect(await box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow, 'the page itself does not scroll sideways').toBeLessThanOrEqual(0)

  // Each word of each cell sits on one line: a word split over two lines has two line boxes.
  const broken = await box.evaluate((el) => {
    const out: string[] = []
    for (const cell of el.querySelectorAll('th, td')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? ''
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange()
          range.setStart(node, match.index)
          range.setEnd(node, match.index + match[0].length)
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)))
          if (lines.size > 1) out.push(match[0])
        }
      }
    }
    return out
  })
  expect(broken).toEqual([])
  // Code cells never wrap at all, not even at their spaces or commas.
  const codeLines = await box.locator('td code').evaluateAll((codes) =>
    codes.map((code) => ({
      text: code.textContent,
      lines: new Set([...code.getClientRects()].map((rect) => Math.round(rect.top))).size,
    })),
  )
  expect(codeLines.length).toBeGreaterThan(5)
  for (const { text, lines } of codeLines) expect(lines, text ?? '').toBe(1)
  // `필수` (a header) is one line.
  const header = box.locator('th', { hasText: '필수' })
  const headerLines = await header.evaluate((th) => {
    const range = document.createRange()
    range.selectNodeContents(th)
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size
  })
  expect(headerLines).toBe(1)
})
