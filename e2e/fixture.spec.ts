// Runs against the build of e2e/fixtures/content: 27 published posts (one in a
// nested folder, one whose title holds </script>, < and &, three in rich/ for
// e2e/rich-fixture.spec.ts, dated before the others), two drafts and a
// future-dated post, 10 posts a page.
import { expect, test } from '@playwright/test'
import { listOrder, publishedPosts } from './support/corpus'
import { budgetFor } from './support/budget'

const published = publishedPosts('e2e/fixtures/content')
const titlesOn = (page: import('@playwright/test').Page) => page.locator('main article h2 a').allTextContents()

test('the corpus is what these tests assume', () => {
  expect(published).toHaveLength(27)
})

test('/blog pages show 10, 10 and 7 posts in order; page 4 is a 404', async ({ page }) => {
  const titles = listOrder(published).map((post) => post.title)
  await page.goto('/blog')
  expect(await titlesOn(page)).toEqual(titles.slice(0, 10))
  await page.getByRole('link', { name: '다음 →' }).click()
  await expect(page).toHaveURL(/\/blog\/page\/2$/)
  expect(await titlesOn(page)).toEqual(titles.slice(10, 20))
  await expect(page.getByText('3쪽 중 2쪽')).toBeVisible()

  await page.goto('/blog/page/3')
  expect(await titlesOn(page)).toEqual(titles.slice(20))
  for (const path of ['/blog/page/4', '/blog/page/0', '/blog/page/-1', '/blog/page/abc', '/blog/page/1e9']) {
    expect((await page.goto(path))?.status(), path).toBe(404)
  }
})

test('a tag page paginates too, and stops at its own end', async ({ page }) => {
  const tagged = published.filter((post) => post.tags.includes('회고')).map((post) => post.title)
  expect(tagged).toHaveLength(15)
  await page.goto('/tags/회고')
  expect(await titlesOn(page)).toEqual(tagged.slice(0, 10))
  await page.getByRole('link', { name: '다음 →' }).click()
  await expect(page).toHaveURL(new RegExp(`/tags/${encodeURIComponent('회고')}/page/2$`))
  expect(await titlesOn(page)).toEqual(tagged.slice(10))
  expect((await page.goto('/tags/회고/page/3'))?.status()).toBe(404)
})

test('C++, C# and C are three tag pages; React and react are one', async ({ page }) => {
  await page.goto('/tags')
  for (const [tag, count] of [['C++', 3], ['C#', 3], ['C', 3]] as const) {
    await expect(page.locator('main').getByRole('link', { name: `#${tag}(${count})`, exact: true })).toBeVisible()
  }
  // Three posts say React and three say react: one tag, six posts, spelled as the newest post spells it.
  await expect(page.locator('main').getByRole('link', { name: /^#react/i })).toHaveCount(1)
  await expect(page.locator('main').getByRole('link', { name: '#react(6)', exact: true })).toBeVisible()

  const seen = new Map<string, string[]>()
  for (const tag of ['C++', 'C#', 'C']) {
    await page.goto('/tags')
    await page.locator('main').getByRole('link', { name: `#${tag}(`, exact: false }).first().click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`‘${tag}’ 태그의 글`)
    seen.set(page.url(), await titlesOn(page))
  }
  expect(seen.size).toBe(3)
  const expectedTitles = ['C++', 'C#', 'C'].map((tag) =>
    published.filter((post) => post.tags.includes(tag)).map((post) => post.title),
  )
  expect([...seen.values()]).toEqual(expectedTitles)
})

test('a post in a nested folder gets a nested slug', async ({ page }) => {
  const response = await page.goto('/blog/nested/픽스처-글-23')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('픽스처 글 23')
})

test('the draft and the future post appear on no list, tag page or URL', async ({ page, request }) => {
  budgetFor(11)
  for (const path of ['/', '/blog', '/blog/page/2', '/blog/page/3', '/tags', '/tags/회고', '/tags/회고/page/2']) {
    const html = await (await request.get(path)).text()
    expect(html, path).not.toContain('아직 쓰는 중인 초안')
    expect(html, path).not.toContain('먼 미래에 공개될 글')
    expect(html, path).not.toContain('비공개')
  }
  for (const path of ['/blog/draft-post', '/blog/future-post', '/tags/비공개']) {
    expect((await page.goto(path))?.status(), path).toBe(404)
  }
  // The newest published post has no "newer" neighbour pointing at the hidden ones.
  await page.goto('/blog/nested/픽스처-글-23')
  await expect(page.getByText('다음 글')).toHaveCount(0)
})
