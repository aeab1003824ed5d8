import { expect, type Page } from '@playwright/test'

/** Opens the search dialog from the header button and waits until its index has loaded. */
export async function openSearch(page: Page) {
  await page.getByRole('button', { name: '검색 열기' }).click()
  const dialog = page.getByRole('dialog', { name: '글 검색' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('status')).not.toHaveText('검색 색인을 불러오는 중…')
  return dialog
}
