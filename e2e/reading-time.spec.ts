import { expect, test } from '@playwright/test'

const SEED_TITLE = '내가 해결한 문제 중 가장 어려운 문제는 무엇이었나?'

// 1,744 Hangul syllables and 92 Latin words (see tests/unit/reading-time.test.ts): 4 minutes.
test('the seed post shows 4분 on its page and in the lists', async ({ page }) => {
  await page.goto('/blog/hardest-problem-i-solved')
  await expect(page.locator('article header')).toContainText('4분')
  await expect(page.locator('article header').getByText('읽는 시간 4분')).toBeVisible()

  for (const path of ['/', '/blog', '/tags/self-evalutaion']) {
    await page.goto(path)
    const card = page.locator('article', { has: page.getByRole('link', { name: SEED_TITLE }) })
    await expect(card, path).toContainText('2023년 7월 31일읽는 시간 4분')
  }
})
