import { expect, test, type Locator } from '@playwright/test'

const SEED_TITLE = '내가 해결한 문제 중 가장 어려운 문제는 무엇이었나?'

/** For each element, the distinct line boxes its text occupies. */
const lineCounts = (locator: Locator) =>
  locator.evaluateAll((elements) =>
    elements.map((el) => {
      const range = document.createRange()
      range.selectNodeContents(el)
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size
    }),
  )

// 1,744 Hangul syllables and 92 Latin words (see tests/unit/reading-time.test.ts): 4 minutes.
// Issue 11, item 5: a bare `4분` next to the date did not say what it was; it reads `4분 분량` now.
test('the seed post shows 4분 분량 on its page and in the lists', async ({ page }) => {
  await page.goto('/blog/hardest-problem-i-solved')
  await expect(page.locator('article header').getByText('4분 분량', { exact: true })).toBeVisible()

  for (const path of ['/', '/blog', '/tags/self-evalutaion']) {
    await page.goto(path)
    const card = page.locator('article', { has: page.getByRole('link', { name: SEED_TITLE }) })
    await expect(card.getByText('4분 분량', { exact: true }), path).toBeVisible()
    await expect(card.locator('time'), path).toHaveText('2023년 7월 31일')
  }
})

test('on a 390 px phone no date or reading time breaks over two lines, in related posts or lists', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  // The related title on the first fills most of a line, so its date lands at the end of one.
  for (const path of ['/blog/한글-주소로-글쓰기', '/blog/devops/jenkins-heap-dump']) {
    await page.goto(path)
    const related = page.locator('section[aria-labelledby="related-posts"]')
    await expect(related.locator('time').first(), path).toBeVisible()
    for (const lines of await lineCounts(related.locator('time'))) expect(lines, path).toBe(1)
    for (const lines of await lineCounts(page.locator('article header time'))) expect(lines, path).toBe(1)
  }

  await page.goto('/blog')
  const stamps = page.locator('main article time, main article time + span')
  expect(await stamps.count()).toBeGreaterThan(3)
  for (const lines of await lineCounts(stamps)) expect(lines).toBe(1)
})
