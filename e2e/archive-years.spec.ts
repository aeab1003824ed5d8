import { expect, test } from '@playwright/test'
import { publishedPosts } from './support/corpus'
import { SERVERS } from './support/servers'

// Issue 11, Add: a page per year, linked from /archive, on the server and in the static export.
for (const server of SERVERS) {
  test.describe(server.name, () => {
    test.use({ baseURL: server.url })

    test('/archive links each year to its own page, which lists exactly that year’s posts', async ({ page }) => {
      const of2023 = publishedPosts('data').filter((post) => post.date.startsWith('2023'))
      await page.goto('/archive')
      await page.getByRole('heading', { level: 2, name: /^2023년/ }).getByRole('link', { name: '2023년' }).click()
      await expect(page).toHaveURL(/\/archive\/2023$/)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('2023년에 쓴 글')
      await expect(page.locator('main')).toContainText(`글 ${of2023.length}개`)
      expect(await page.locator('main li a').allTextContents()).toEqual(of2023.map((post) => post.title))
      await page.locator('main').getByRole('link', { name: '아카이브' }).click()
      await expect(page).toHaveURL(/\/archive$/)
    })

    test('a year without posts, or not a year, is a 404', async ({ request }) => {
      for (const path of ['/archive/2022', '/archive/abc', '/archive/_']) {
        expect((await request.get(path)).status(), path).toBe(404)
      }
    })
  })
}
