import { expect, test, type Page } from '@playwright/test'
import { budgetFor } from './support/budget'

// Issue 11, Add: a visible focus ring (WCAG 2.2 focus appearance: a solid outline at least 2 px thick, at least
// 3:1 against what surrounds it) on everything a keyboard reaches, and everything reachable.

/** What Tab reaches, in order, with each stop's ring and the page colour around it, as sRGB. */
async function tabThrough(page: Page, maxStops = 120) {
  const stops: { name: string; style: string; width: number; ring: number[]; around: number[] }[] = []
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab')
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      if (!el || el === document.body) return null
      if (el.hasAttribute('data-focus-seen')) return 'wrapped' as const
      const toRgb = (color: string) => {
        const ctx = document.createElement('canvas').getContext('2d')!
        ctx.fillStyle = color
        ctx.fillRect(0, 0, 1, 1)
        return [...ctx.getImageData(0, 0, 1, 1).data]
      }
      const css = getComputedStyle(el)
      // A ring 2 px outside the element has the nearest opaque ancestor behind it; one drawn just inside the edge
      // (negative offset) has the element's own background.
      let behind: Element | null = parseFloat(css.outlineOffset) < 0 ? el : el.parentElement
      while (behind && toRgb(getComputedStyle(behind).backgroundColor)[3] < 255) behind = behind.parentElement
      el.setAttribute('data-focus-seen', '')
      return {
        name: `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
        style: css.outlineStyle,
        width: parseFloat(css.outlineWidth),
        ring: toRgb(css.outlineColor),
        around: toRgb(behind ? getComputedStyle(behind).backgroundColor : 'white'),
      }
    })
    if (!stop || stop === 'wrapped') break
    stops.push(stop)
  }
  return stops
}

function contrast([r1, g1, b1]: number[], [r2, g2, b2]: number[]) {
  const lum = (r: number, g: number, b: number) => {
    const c = [r, g, b].map((v) => {
      const s = v / 255
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]
  }
  const [a, b] = [lum(r1, g1, b1), lum(r2, g2, b2)].sort((x, y) => y - x)
  return (a + 0.05) / (b + 0.05)
}

for (const scheme of ['light', 'dark'] as const) {
  test(`${scheme}: every stop on a post and the home page shows a 2 px ring at 3:1, and every control is reachable`, async ({
    page,
  }) => {
    budgetFor(8)
    await page.emulateMedia({ colorScheme: scheme })
    for (const path of ['/blog/한글-주소로-글쓰기', '/']) {
      await page.goto(path)
      // Hydrated (the theme button knows the stored choice), so every control is live.
      await expect(page.locator('[data-theme-choice]')).toHaveCount(1)
      const stops = await tabThrough(page)
      expect(stops.length, path).toBeGreaterThan(10)
      for (const stop of stops) {
        expect(stop.style, `${path} ${stop.name}`).toBe('solid')
        expect(stop.width, `${path} ${stop.name}`).toBeGreaterThanOrEqual(2)
        expect(contrast(stop.ring, stop.around), `${path} ${stop.name}`).toBeGreaterThanOrEqual(3)
      }
      // Everything a mouse can use, the keyboard reached (the back-to-top link only shows once scrolled).
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }))
      const missed: string[] = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('a[href], button:enabled, input:enabled, summary, [tabindex="0"]')]
          .filter((el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('.back-to-top'))
          .filter((el) => !el.hasAttribute('data-focus-seen'))
          .map((el) => el.outerHTML.slice(0, 120)),
      )
      expect(missed, path).toEqual([])
    }
  })
}
