import { expect, test } from '@playwright/test'
import { publishedPosts } from './support/corpus'
import { chooseTheme } from './support/theme'

const SEED_TITLE = '내가 해결한 문제 중 가장 어려운 문제는 무엇이었나?'
const SEED_SUMMARY_START = '오늘 나를 돌이켜보면서 난해만 문제들을 정의하고'
const SEED_BODY_END = '이러한 고민에 주저하지 않고 당당히 말할 수 있는 경험들을 앞으로라도 만들어 나가야겠다.'

test('home shows the seed post; its link opens the full post and its tag lists it', async ({ page }) => {
  await page.goto('/')
  const card = page.locator('article', { has: page.getByRole('link', { name: SEED_TITLE }) })
  await expect(card).toContainText('2023년 7월 31일')
  await expect(card).toContainText(SEED_SUMMARY_START)

  await card.getByRole('link', { name: SEED_TITLE }).click()
  await expect(page).toHaveURL(/\/blog\/hardest-problem-i-solved$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE)
  const body = page.locator('.prose')
  await expect(body.getByRole('heading', { name: '실질적인 결과물이 없었다' })).toBeVisible()
  await expect(body).toContainText('jmap으로 heap dump한 것을 분석해봤는데')
  await expect(body).toContainText(SEED_BODY_END)
  await expect(page.getByText('김개발')).toBeVisible()

  await page.locator('article header').getByRole('link', { name: '#self-evalutaion' }).click()
  await expect(page).toHaveURL(/\/tags\/self-evalutaion$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('self-evalutaion')
  await expect(page.getByRole('link', { name: SEED_TITLE })).toBeVisible()
})

test('/tags lists every tag of data/blog with its count, and each tag page lists exactly its posts', async ({ page }) => {
  const posts = publishedPosts('data')
  const expected = new Map<string, string[]>()
  for (const post of posts) for (const tag of post.tags) expected.set(tag, [...(expected.get(tag) ?? []), post.title])

  await page.goto('/tags')
  const links = page.locator('main').getByRole('link')
  await expect(links).toHaveCount(expected.size)
  for (const [tag, titles] of expected) {
    await expect(page.locator('main').getByRole('link', { name: `#${tag}(${titles.length})` })).toBeVisible()
  }

  for (const [tag, titles] of expected) {
    await page.goto('/tags')
    await page.locator('main').getByRole('link', { name: `#${tag}(` }).click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText(tag)
    const listed = await page.locator('main article h2 a').allTextContents()
    expect(listed.sort()).toEqual([...titles].sort())
  }
})

test('/blog lists every post newest first', async ({ page }) => {
  await page.goto('/blog')
  const listed = await page.locator('main article h2 a').allTextContents()
  expect(listed).toEqual(publishedPosts('data').map((post) => post.title))
})

test('unknown slug, unknown tag and a page past the end answer 404 with the 404 page', async ({ page }) => {
  for (const path of ['/blog/no-such-post', '/tags/no-such-tag', '/blog/page/99', '/blog/devops/nope']) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.getByRole('heading', { name: '페이지를 찾을 수 없습니다' })).toBeVisible()
  }
})

test('a Korean tag answers both raw and percent-encoded', async ({ page, request }) => {
  for (const path of ['/tags/회고', '/tags/%ED%9A%8C%EA%B3%A0']) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('회고')
    await expect(page.getByRole('link', { name: '젠킨스 OOM을 heap dump로 추적하기' })).toBeVisible()
  }
  // A Hangul slug, both ways too.
  for (const path of ['/blog/한글-주소로-글쓰기', `/blog/${encodeURIComponent('한글-주소로-글쓰기')}`]) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expect(await response.text()).toContain('한글 주소로 글쓰기')
  }
})

test('a malformed percent-encoding is a 400, not a 500', async ({ request }) => {
  for (const path of ['/tags/%A0', '/blog/%ED%9A', '/blog/page/%A0']) {
    expect((await request.get(path)).status(), path).toBe(400)
  }
})

test('dark mode toggles, persists across reload, and the first paint after reload is dark', async ({ page }) => {
  // Records the theme at the moment <main> is parsed, before any React code runs.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('main')) return
      const w = window as unknown as { __firstPaint?: { dark: boolean; background: string } }
      w.__firstPaint = {
        dark: document.documentElement.classList.contains('dark'),
        background: getComputedStyle(document.body).backgroundColor,
      }
      observer.disconnect()
    }).observe(document, { childList: true, subtree: true })
  })
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/')
  await expect(page.locator('html')).not.toHaveClass(/dark/)

  await chooseTheme(page, '어두운 테마')
  await expect(page.locator('html')).toHaveClass(/dark/)
  const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)

  await page.reload()
  const firstPaint = await page.evaluate(() => (window as unknown as { __firstPaint: unknown }).__firstPaint)
  expect(firstPaint).toEqual({ dark: true, background: darkBackground })
  await expect(page.locator('html')).toHaveClass(/dark/)

  await chooseTheme(page, '밝은 테마')
  await expect(page.locator('html')).not.toHaveClass(/dark/)
})

test('the mobile menu opens at 375 px and its links work', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 })
  await page.goto('/')
  const menuButton = page.getByRole('button', { name: '메뉴 열기' })
  await expect(menuButton).toBeVisible()
  await menuButton.click()
  const menu = page.locator('#mobile-menu')
  await expect(menu).toBeVisible()
  await menu.getByRole('link', { name: '태그' }).click()
  await expect(page).toHaveURL(/\/tags$/)
  await expect(menu).toBeHidden()
  // Nothing overflows sideways on a narrow phone.
  await page.setViewportSize({ width: 360, height: 740 })
  for (const path of ['/', '/blog/hardest-problem-i-solved', '/blog/devops/jenkins-heap-dump']) {
    await page.goto(path)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow, path).toBeLessThanOrEqual(0)
  }
})
