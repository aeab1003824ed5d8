// What link previews and search engines read from the real site: the seed
// post's <head>, its JSON-LD and its generated Open Graph image.
import { expect, test } from '@playwright/test'
import { PNG } from 'pngjs'
import { siteConfig } from '../data/site-config'
import { projects } from '../data/projects'

const SEED_TITLE = '내가 해결한 문제 중 가장 어려운 문제는 무엇이었나?'
const SEED_PATH = '/blog/hardest-problem-i-solved'
const site = siteConfig.siteUrl.replace(/\/$/, '')

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

test('a post has canonical, Open Graph article tags, a Twitter card and BlogPosting JSON-LD', async ({ page }) => {
  await page.goto(SEED_PATH)
  const head = page.locator('head')
  const meta = (selector: string) => head.locator(selector).getAttribute('content')
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', `${site}${SEED_PATH}`)
  await expect(page).toHaveTitle(`${SEED_TITLE} | ${siteConfig.title}`)
  expect(await meta('meta[property="og:title"]')).toBe(SEED_TITLE)
  expect(await meta('meta[property="og:type"]')).toBe('article')
  expect(await meta('meta[property="og:locale"]')).toBe('ko_KR')
  expect(await meta('meta[property="og:url"]')).toBe(`${site}${SEED_PATH}`)
  expect(await meta('meta[property="article:published_time"]')).toBe('2023-07-30T15:00:00Z')
  expect(await meta('meta[property="article:tag"]')).toBe('self-evalutaion')
  expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image')
  expect(await meta('meta[property="og:image"]')).toBe(`${site}/og/hardest-problem-i-solved.png`)

  const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) =>
    JSON.parse(text),
  )
  const posting = jsonLd.find((data) => data['@type'] === 'BlogPosting')
  expect(posting).toMatchObject({
    headline: SEED_TITLE,
    url: `${site}${SEED_PATH}`,
    datePublished: '2023-07-30T15:00:00Z',
    author: [{ '@type': 'Person', name: '김개발' }],
    image: `${site}/og/hardest-problem-i-solved.png`,
  })
  const crumbs = jsonLd.find((data) => data['@type'] === 'BreadcrumbList')
  expect(crumbs.itemListElement.map((item: { name: string }) => item.name)).toEqual(['홈', '블로그', SEED_TITLE])
})

test('the og:image URL answers a 1200×630 PNG with the title drawn on it', async ({ page, request }, testInfo) => {
  await page.goto(SEED_PATH)
  const url = await page.locator('head meta[property="og:image"]').getAttribute('content')
  const response = await request.get((url ?? '').replace(site, ''))
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toBe('image/png')
  const bytes = await response.body()
  expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 })
  await testInfo.attach('seed-og-image.png', { body: bytes, contentType: 'image/png' })

  // The title band (left two thirds, middle of the card) is not blank.
  const png = PNG.sync.read(bytes)
  let ink = 0
  for (let y = 230; y < 420; y++) {
    for (let x = 80; x < 900; x++) {
      const i = (y * png.width + x) * 4
      if (png.data[i] < 128 && png.data[i + 1] < 128 && png.data[i + 2] < 128) ink++
    }
  }
  expect(ink).toBeGreaterThan(10_000)
})

test('list pages share the site-wide card; a Hangul post has its own card at an encoded URL', async ({ request, page }) => {
  await page.goto('/tags')
  const card = await page.locator('head meta[property="og:image"]').getAttribute('content')
  expect(card).toBe(`${site}/og-image.png`)
  expect(pngSize(await (await request.get('/og-image.png')).body())).toEqual({ width: 1200, height: 630 })

  await page.goto('/blog/한글-주소로-글쓰기')
  const own = await page.locator('head meta[property="og:image"]').getAttribute('content')
  expect(own).toBe(`${site}/og/${encodeURIComponent('한글-주소로-글쓰기')}.png`)
  expect(pngSize(await (await request.get((own ?? '').replace(site, ''))).body())).toEqual({ width: 1200, height: 630 })
})

test('/projects lists every project of data/projects.ts', async ({ page }) => {
  await page.goto('/projects')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('프로젝트')
  await expect(page.locator('main h2')).toHaveText(projects.map((project) => project.title))
})

test('/archive lists the real posts under their year, and the nav and footer link to it and the feed', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '아카이브' }).click()
  await expect(page).toHaveURL(/\/archive$/)
  await expect(page.getByRole('heading', { level: 2, name: /^2023년/ })).toBeVisible()
  await expect(page.getByRole('link', { name: SEED_TITLE })).toBeVisible()
  await expect(page.locator('footer').getByRole('link', { name: 'RSS' })).toHaveAttribute('href', '/feed.xml')
})
