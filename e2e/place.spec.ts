import { expect, test, type Page } from '@playwright/test'

// Issue 11, item 6: a reader should always see where they are.
const menu = (page: Page) => page.getByRole('navigation', { name: '주 메뉴' })

async function expectCurrent(page: Page, label: string) {
  const nav = menu(page)
  const current = nav.getByRole('link', { name: label, exact: true })
  await expect(current).toHaveAttribute('aria-current', 'page')
  await expect(nav.locator('[aria-current]')).toHaveCount(1)
  // Marked for sighted readers too, and not by colour alone.
  expect(await current.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('underline')
  const other = nav.locator('a:not([aria-current])').first()
  expect(await other.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('none')
}

test('the menu marks the current section, on its own page and below it', async ({ page }) => {
  const cases: [string, string][] = [
    ['/blog', '블로그'],
    ['/blog/hardest-problem-i-solved', '블로그'],
    ['/tags', '태그'],
    ['/tags/회고', '태그'],
    ['/archive', '아카이브'],
    ['/about', '소개'],
  ]
  for (const [path, label] of cases) {
    await page.goto(path)
    await expectCurrent(page, label)
  }
  await page.goto('/')
  await expect(menu(page).locator('[aria-current]')).toHaveCount(0)
})

test('the phone menu marks the current section too', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/blog/devops/jenkins-heap-dump')
  await page.getByRole('button', { name: '메뉴 열기' }).click()
  await expectCurrent(page, '블로그')
})

test('a tag page links back to all tags and to its own RSS feed', async ({ page, request }) => {
  await page.goto('/tags/회고')
  const feed = page.locator('main').getByRole('link', { name: '‘회고’ 태그 RSS 피드' })
  await expect(feed).toBeVisible()
  const href = await feed.getAttribute('href')
  const response = await request.get(href!)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toMatch(/xml/)
  expect(await response.text()).toContain('젠킨스 OOM을 heap dump로 추적하기')

  await page.locator('main').getByRole('link', { name: '모든 태그' }).click()
  await expect(page).toHaveURL(/\/tags$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('태그')
})

test('with no series, the menu has no 시리즈 and /series says there are none', async ({ page }) => {
  await page.goto('/')
  await expect(menu(page).getByRole('link', { name: '시리즈' })).toHaveCount(0)
  await page.goto('/series')
  await expect(page.locator('main')).toContainText('아직 시리즈가 없습니다.')
  await expect(page.locator('main')).not.toContainText('아직 글이 없습니다.')
})
