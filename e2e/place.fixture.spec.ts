import { expect, test } from '@playwright/test'

// Issue 11, item 6: the fixture corpus has a series, so 시리즈 is in the menu and marks its pages.
test('with a series, 시리즈 is in the menu after 아카이브 and is current on the series pages', async ({ page }) => {
  await page.goto('/')
  const nav = page.getByRole('navigation', { name: '주 메뉴' })
  const labels = await nav.getByRole('link').allTextContents()
  expect(labels.indexOf('시리즈')).toBe(labels.indexOf('아카이브') + 1)

  await nav.getByRole('link', { name: '시리즈' }).click()
  await expect(page).toHaveURL(/\/series$/)
  await expect(nav.getByRole('link', { name: '시리즈' })).toHaveAttribute('aria-current', 'page')
  await page.locator('main').getByRole('link', { name: '리치 글 시리즈' }).click()
  await expect(page).toHaveURL(/\/series\/.+/)
  await expect(nav.getByRole('link', { name: '시리즈' })).toHaveAttribute('aria-current', 'page')
})
