// Issue 12 on the fixture corpus: a relative `.mdx` link reaches the other post;
// a pinned older post (fixture-02, `pinned: true`) leads `/` and `/blog` while
// dates, prev/next and feeds keep date order; a post's last commit is its 수정 date.
import { execFileSync } from 'node:child_process'
import { expect, test } from '@playwright/test'
import Parser from 'rss-parser'
import { publishedPosts } from './support/corpus'

const PINNED = '픽스처 글 02'
const byDate = publishedPosts('e2e/fixtures/content').map((post) => post.title)
const titlesOn = (page: import('@playwright/test').Page) => page.locator('main article h2 a').allTextContents()

test('a link written as ./part-1.mdx#준비 goes to that post and section', async ({ page }) => {
  await page.goto('/blog/rich/part-3')
  const link = page.locator('main article').getByRole('link', { name: '1편의 준비 절' })
  // The pipeline percent-encodes the fragment, as it does every URL; the browser matches it to id="준비".
  await expect(link).toHaveAttribute('href', `/blog/rich/part-1#${encodeURIComponent('준비')}`)
  await link.click()
  await expect(page).toHaveURL(/\/blog\/rich\/part-1#/)
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#준비')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('리치 시리즈 1편: 준비')
  await expect(page.locator('h2#준비')).toBeInViewport()
})

test('a pinned older post is first on / and /blog, marked; everywhere else it keeps its date order', async ({ page, request }) => {
  expect(byDate.indexOf(PINNED)).toBeGreaterThan(10) // older than page 1 would hold
  for (const path of ['/', '/blog']) {
    await page.goto(path)
    const titles = await titlesOn(page)
    expect(titles[0], path).toBe(PINNED)
    expect(titles.filter((title) => title === PINNED), path).toHaveLength(1)
    const first = page.locator('main article').first()
    await expect(first.getByText('고정된 글')).toBeVisible()
    // Only the pinned post says so, and its date is its own.
    await expect(page.locator('main').getByText('고정된 글')).toHaveCount(1)
    await expect(first.locator('time')).toHaveAttribute('datetime', '2024-03-02')
  }
  // The rest of /blog follows, newest first, and page 3 no longer repeats it.
  await page.goto('/blog')
  expect((await titlesOn(page)).slice(1)).toEqual(byDate.filter((title) => title !== PINNED).slice(0, 9))
  await page.goto('/blog/page/3')
  expect(await titlesOn(page)).not.toContain(PINNED)
  await expect(page.locator('main').getByText('고정된 글')).toHaveCount(0)

  // Tag pages list by date, with no marker.
  await page.goto('/tags/회고')
  expect(await titlesOn(page)).not.toContain(PINNED)
  await expect(page.locator('main').getByText('고정된 글')).toHaveCount(0)

  // Prev/next are its date neighbours.
  await page.goto('/blog/fixture-02')
  const nav = page.getByRole('navigation', { name: '이전 글과 다음 글' })
  await expect(nav.getByRole('link', { name: '이전 글(더 오래된 글): 픽스처 글 01' })).toBeVisible()
  await expect(nav.getByRole('link', { name: '다음 글(더 최근 글): 픽스처 글 03' })).toBeVisible()

  // The feed is newest first: the pinned post is not lifted to the top.
  const feed = await new Parser().parseString(await (await request.get('/feed.xml')).text())
  const items = feed.items.map((item) => item.title)
  expect(items[0]).toBe(byDate[0])
  expect(items).toEqual(byDate.slice(0, items.length))
})

/** The day (site zone, Seoul) of a file's last commit, read from git here and not from the build. */
function lastCommitDay(file: string): string {
  const committed = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { encoding: 'utf8' }).trim()
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date(committed))
}

test('a post without lastmod shows the day of its last commit as 수정; the frontmatter wins; the sitemap agrees', async ({ page, request }) => {
  const committed = lastCommitDay('e2e/fixtures/content/blog/fixture-01.mdx')
  expect(committed > '2024-03-01').toBe(true)
  await page.goto('/blog/fixture-01')
  const header = page.locator('main article header')
  await expect(header.locator('time').first()).toHaveAttribute('datetime', '2024-03-01')
  const modified = header.locator('[data-modified]')
  await expect(modified).toBeVisible()
  await expect(modified).toHaveText(/^수정 \d{4}년 \d{1,2}월 \d{1,2}일$/)
  await expect(modified.locator('time')).toHaveAttribute('datetime', committed)

  // `lastmod: '2024-04-01'` in fixture-03's frontmatter beats its commit.
  await page.goto('/blog/fixture-03')
  await expect(page.locator('main article header [data-modified]')).toHaveText('수정 2024년 4월 1일')

  // No editUrl in the site config: no edit link.
  await expect(page.getByRole('link', { name: '이 글 고치기' })).toHaveCount(0)

  const sitemap = await (await request.get('/sitemap.xml')).text()
  const entry = (slug: string) => new RegExp(`<loc>[^<]*/blog/${slug}</loc>\\s*<lastmod>([^<]+)</lastmod>`).exec(sitemap)?.[1]
  expect(entry('fixture-03')).toMatch(/^2024-03-31T15:00:00/)
  expect(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date(entry('fixture-01')!))).toBe(committed)
})
