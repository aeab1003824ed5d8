// ```mermaid fences, against the fixture build: drawn at build time into inline
// SVG (light and dark), no diagram library in the page (lib/markdown/diagrams.ts).
import { expect, test, type Page } from '@playwright/test'
import { hangulCount, platformFontsFor } from './support/fonts'
import { chooseTheme } from './support/theme'

const POST = '/blog/rich/everything'
const LABELS = ['글쓴이', '데이터 폴더', '빌드', '독자', '글을 쓴다', '정적 페이지']
const TITLE = '글이 독자에게 닿는 길'

/** Every script the page loaded: its path and its text. */
function scripts(page: Page) {
  const loaded: Promise<{ path: string; text: string }>[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return
    loaded.push(response.text().then((text) => ({ path: new URL(response.url()).pathname, text }), () => ({ path: '', text: '' })))
  })
  return () => Promise.all(loaded)
}

test('a mermaid flowchart is an inline SVG with its Hangul labels as text, and no script has mermaid', async ({ page }) => {
  const loaded = scripts(page)
  await page.goto(POST)
  const figure = page.locator('figure.diagram')
  await expect(figure).toHaveCount(1)
  const light = figure.locator('.diagram-light svg')
  await expect(light).toBeVisible()
  await expect(figure.locator('.diagram-dark svg')).toBeHidden()
  // Named for screen readers by its first comment, which is also its caption.
  await expect(page.getByRole('img', { name: TITLE })).toBeVisible()
  await expect(figure.locator('figcaption')).toHaveText(TITLE)
  for (const label of LABELS) await expect(light.locator('text', { hasText: label }).first()).toBeVisible()
  // The Hangul labels are drawn by the site's web font (what Chromium used, not what CSS asked for).
  await expect
    .poll(async () => {
      const used = await platformFontsFor(page, 'figure.diagram .diagram-light svg', '글쓴이')
      return used.filter((font) => /Pretendard/i.test(font.familyName) && font.isCustomFont).reduce((n, font) => n + font.glyphCount, 0)
    })
    .toBe(hangulCount('글쓴이'))
  await page.waitForLoadState('networkidle')
  const all = await loaded()
  expect(all.length).toBeGreaterThan(0)
  // Neither mermaid's module build (public/mermaid/, for undrawn fences only) nor mermaid bundled into a chunk.
  for (const { path, text } of all) {
    expect(path).not.toMatch(/^\/mermaid\//)
    expect(text, path).not.toContain('mermaidAPI')
  }
})

test('switching to the dark theme shows the dark drawing instead', async ({ page }) => {
  await page.goto(POST)
  await chooseTheme(page, '밝은 테마')
  const figure = page.locator('figure.diagram')
  await expect(figure.locator('.diagram-light svg')).toBeVisible()
  await chooseTheme(page, '어두운 테마')
  await expect(figure.locator('.diagram-light svg')).toBeHidden()
  const dark = figure.locator('.diagram-dark svg')
  await expect(dark).toBeVisible()
  await expect(dark.locator('text', { hasText: '글쓴이' }).first()).toBeVisible()
  // Drawn with mermaid's dark theme: a node's box is dark, not the light drawing's pale fill.
  const fill = await dark.locator('.node rect, .node polygon, .node path').first().evaluate((shape) => getComputedStyle(shape).fill)
  const [r, g, b] = (fill.match(/\d+/g) ?? []).map(Number)
  expect(r + g + b, fill).toBeLessThan(3 * 128)
})

test('the feed carries the light drawing, absolute and without the dark one', async ({ request }) => {
  // The post's tag feed (the site feed holds only the newest posts).
  const rss = await (await request.get(`/tags/${encodeURIComponent('리치')}/feed.xml`)).text()
  const item = rss.split('<item>').find((entry) => entry.includes('/blog/rich/everything')) ?? ''
  expect(item).toContain('<svg id="diagram-')
  expect(item).toContain('글쓴이')
  expect(item).not.toContain('diagram-dark')
  expect(item).not.toContain('data-diagram-source')
})
