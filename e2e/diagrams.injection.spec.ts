// Diagrams on a host with no browser (the injection build runs with
// DIAGRAMS_BROWSER=off, scripts/e2e.mjs): a drawing committed in the content
// folder's .diagrams/ is used as it is; a fence with none is drawn by the
// reader's browser, and only its page loads mermaid.
import { expect, test, type Page } from '@playwright/test'
import { recordCspViolations } from './support/servers'

/** Whether the page loaded any of mermaid's modules (served from public/mermaid/, scripts/diagrams.mjs). */
function loadsMermaid(page: Page) {
  const urls: string[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script' && response.ok()) urls.push(new URL(response.url()).pathname)
  })
  return async () => urls.some((path) => path.startsWith('/mermaid/'))
}

test('the committed drawing is inline, and the page ships no diagram script', async ({ page }) => {
  const mermaid = loadsMermaid(page)
  await page.goto('/blog/diagram-drawn')
  await expect(page.getByRole('img', { name: '배포 순서' })).toBeVisible()
  await expect(page.locator('figure.diagram .diagram-light svg text', { hasText: '배포' }).first()).toBeVisible()
  await expect(page.locator('figure.diagram figcaption')).toHaveText('배포 순서')
  await page.waitForLoadState('networkidle')
  expect(await mermaid()).toBe(false)
})

test('with no drawing and no browser at build time, the reader’s browser draws it', async ({ page }) => {
  const mermaid = loadsMermaid(page)
  const violations = await recordCspViolations(page)
  await page.goto('/blog/diagram-undrawn')
  const figures = page.locator('figure.diagram')
  await expect(figures).toHaveCount(2)
  for (const [i, labels] of [['초안', '검토', '발행'], ['생각', '메모']].entries()) {
    const figure = figures.nth(i)
    await expect(figure).toHaveAttribute('data-diagram-state', 'drawn')
    const light = figure.locator('.diagram-light svg')
    await expect(light).toBeVisible()
    for (const label of labels) await expect(light.locator('text', { hasText: label }).first()).toBeVisible()
    await expect(figure.locator('.diagram-source')).toHaveCount(0)
    // Two drawings on one page never mix themes: the light one has pale boxes, the dark one dark boxes.
    const brightness = (variant: string) =>
      figure.locator(`.diagram-${variant} svg .node rect`).first().evaluate((rect) => {
        const [r, g, b] = (getComputedStyle(rect).fill.match(/\d+/g) ?? []).map(Number)
        return r + g + b
      })
    expect(await brightness('light')).toBeGreaterThan(3 * 128)
    expect(await brightness('dark')).toBeLessThan(3 * 128)
  }
  await expect(page.getByRole('img', { name: '독자의 브라우저가 그리는 흐름' }).first()).toBeVisible()
  expect(await mermaid()).toBe(true)
  expect(await violations()).toEqual([])
})
