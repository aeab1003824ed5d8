// How a table's text breaks into lines, measured in the page: a word split over two lines has two line boxes.
import type { Locator } from '@playwright/test'

/** Words (runs without spaces) of the table's cells that the browser broke over more than one line. */
export const brokenWords = (table: Locator) =>
  table.evaluate((el) => {
    const out: string[] = []
    for (const cell of el.querySelectorAll('th, td')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange()
          range.setStart(node, match.index)
          range.setEnd(node, match.index + match[0].length)
          if (new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1) out.push(match[0])
        }
      }
    }
    return out
  })

/** For each code element in the table's cells, its text and the number of lines it takes. */
export const codeCellLines = (table: Locator) =>
  table.locator('td code').evaluateAll((codes) =>
    codes.map((code) => ({
      text: code.textContent ?? '',
      lines: new Set([...code.getClientRects()].map((rect) => Math.round(rect.top))).size,
    })),
  )
