// The fonts Chromium actually drew an element's text with, from the DevTools
// protocol (CSS.getPlatformFontsForNode): not what CSS asks for, what was used.
import type { Page } from '@playwright/test'

export type PlatformFont = { familyName: string; postScriptName?: string; isCustomFont: boolean; glyphCount: number }

/**
 * Fonts used for `text` inside the first element matching `selector`. Chromium reports the fonts of a node's own
 * text nodes only, so the probe is the innermost element (a Shiki token span, say) whose own text holds `text`.
 */
export async function platformFontsFor(page: Page, selector: string, text: string): Promise<PlatformFont[]> {
  const marked = await page.evaluate(
    ([selector, text]) => {
      const ownText = (el: Element) =>
        [...el.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('')
      const element = [...document.querySelectorAll(selector)]
        .flatMap((el) => [el, ...el.querySelectorAll('*')])
        .find((el) => ownText(el).includes(text))
      element?.setAttribute('data-font-probe', '')
      return Boolean(element)
    },
    [selector, text] as const,
  )
  if (!marked) throw new Error(`no ${selector} containing "${text}" on ${page.url()}`)
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 })
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-font-probe]' })
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
    return fonts as PlatformFont[]
  } finally {
    await page.evaluate(() => document.querySelector('[data-font-probe]')?.removeAttribute('data-font-probe'))
    await cdp.detach()
  }
}

/** Hangul syllables and jamo in `text`. */
export function hangulCount(text: string): number {
  return [...text].filter((char) => /[\uAC00-\uD7A3\u3131-\u318E]/.test(char)).length
}
