// A `.md` post (e2e/fixtures/injection/blog/markdown-html.md) in Chromium:
// what breaks an MDX compile shows as written, the writer's inline HTML works,
// and its script, handlers and javascript: link never run.
import { expect, test } from '@playwright/test'
import { openSearch } from './support/search'

const PATH = '/blog/markdown-html'

test('a .md post shows <br>, {braces}, a < b and an inline <img>, hides its comment and never runs its script', async ({ page }) => {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  const response = await page.goto(PATH, { waitUntil: 'networkidle' })
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('마크다운 파일로 쓴 글')
  const body = page.locator('.prose')

  // <br>: two lines in one paragraph.
  const lines = body.locator('p', { hasText: '첫 줄' })
  await expect(lines.locator('br')).toHaveCount(1)
  const [first, second] = await lines.evaluate((p: HTMLElement) => p.innerText.split('\n'))
  expect([first, second]).toEqual(['첫 줄', '둘째 줄'])

  await expect(body.getByText('중괄호 {braces} 그대로, 부등호 a < b 그대로.')).toBeVisible()
  await expect(body).not.toContainText('이 주석은')

  // The inline image loads and is drawn.
  const image = body.getByRole('img', { name: '인라인 그림' })
  await expect(image).toBeVisible()
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)

  // Markdown inside <details> is Markdown; the reader opens it.
  await body.getByText('더 보기').click()
  await expect(body.locator('details strong')).toHaveText('마크다운')

  // The script is not in the page; the handlers and the javascript: address are gone, their text stays.
  const found = await page.evaluate(() => ({
    scripts: [...document.scripts].filter((script) => (script.textContent ?? '').includes('md-script')).length,
    handlers: document.querySelectorAll('.prose [onerror], .prose [onclick]').length,
    linkHref: [...document.querySelectorAll('.prose a')].find((a) => a.textContent === '스크립트 링크')?.getAttribute('href') ?? 'missing',
  }))
  expect(found).toEqual({ scripts: 0, handlers: 0, linkHref: 'missing' })
  await body.getByText('스크립트 링크').click()
  await body.getByText('굵은 글씨').click()
  await expect(page).toHaveURL(PATH)
  // A link without an address opens nothing, not even this page again in a new tab.
  expect(page.context().pages()).toHaveLength(1)
  expect(dialogs).toEqual([])
})

test('search finds a .md post by a sentence of its body and quotes it as the page shows it', async ({ page }) => {
  await page.goto('/')
  const dialog = await openSearch(page)
  await dialog.getByRole('combobox', { name: '글 검색' }).fill('둘째 줄')
  const option = dialog.getByRole('option').filter({ hasText: '마크다운 파일로 쓴 글' })
  await expect(option).toBeVisible()
  await expect(option).not.toContainText('md-script')
})
