// Runs against the fixture build (project `fixture`): its draft and its
// future-dated post must never reach the search index or the search results.
import { expect, test } from '@playwright/test'
import { readCorpus, publishedPosts } from './support/corpus'

const published = publishedPosts('e2e/fixtures/content')
const unpublished = readCorpus('e2e/fixtures/content').filter((post) => !published.some((p) => p.file === post.file))

test('the search index holds exactly the published posts', async ({ request }) => {
  expect(unpublished.length).toBeGreaterThanOrEqual(2)
  const response = await request.get('/search-index.json')
  expect(response.status()).toBe(200)
  const body = await response.text()
  const titles = (JSON.parse(body) as { posts: [string][] }).posts.map(([title]) => title)
  expect(titles.sort()).toEqual(published.map((post) => post.title).sort())
  for (const post of unpublished) expect(body).not.toContain(post.title)
})

test('searching for an unpublished post’s title does not list it', async ({ page }) => {
  for (const post of unpublished) {
    await page.goto(`/search?q=${encodeURIComponent(post.title)}`)
    const status = page.getByRole('status')
    await expect(status).not.toHaveText('검색 색인을 불러오는 중…')
    await expect(status).not.toHaveText('검색어를 입력하세요.')
    await expect(page.locator('main article').filter({ hasText: post.title })).toHaveCount(0)
  }
  // The same page does list a published post by its title.
  await page.goto(`/search?q=${encodeURIComponent(published[0].title)}`)
  await expect(page.locator('main article').filter({ hasText: published[0].title }).first()).toBeVisible()
})
