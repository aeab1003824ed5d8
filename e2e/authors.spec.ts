import { expect, test } from '@playwright/test'

// Issue 11, item 7 (the reader's half): data/authors/default.mdx lists an email and a GitHub link.
for (const path of ['/about', '/authors/default']) {
  test(`${path} shows the author's email and links`, async ({ page }) => {
    await page.goto(path)
    const contacts = page.getByRole('list', { name: '김개발의 연락처' })
    await expect(contacts.getByRole('link', { name: 'writer@example.com' })).toHaveAttribute(
      'href',
      'mailto:writer@example.com',
    )
    await expect(contacts.getByRole('link', { name: 'GitHub' })).toHaveAttribute('href', 'https://github.com/')
    await expect(page.locator('main')).toContainText('DevOps 엔지니어')
  })
}

test('/authors lists every author with a count, each leading to their posts', async ({ page }) => {
  const response = await page.goto('/authors')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('글쓴이')
  await expect(page.locator('main')).toContainText('글 4개')
  await page.locator('main').getByRole('link', { name: '김개발', exact: true }).click()
  await expect(page).toHaveURL(/\/authors\/default$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('김개발의 글')
  await expect(page.getByRole('link', { name: '내가 해결한 문제 중 가장 어려운 문제는 무엇이었나?' })).toBeVisible()
})
