// Issue 13, item 3: the imported blogs exported with BASE_PATH=/repo and served by
// nginx under /repo/, as GitHub Pages serves a project site (scripts/e2e.mjs).
// Every address any page, feed or sitemap names stays under /repo/ and answers;
// search, fonts, OG images and the theme work there.
import { expect, test } from '@playwright/test'
import { siteConfig } from '../data/site-config'
import { IMPORTED_BASE_PATH as BASE, IMPORTED_EXPORT_URL } from '../playwright.config'
import { budgetFor } from './support/budget'
import { openSearch } from './support/search'
import { chooseTheme } from './support/theme'

const server = new URL(IMPORTED_EXPORT_URL).origin
// Absolute URLs are the site's own (siteUrl) with the sub-path.
const siteOrigin = new URL(siteConfig.siteUrl).origin
const isOurs = (url: URL) => url.origin === server || url.origin === siteOrigin
const underBase = (url: URL) => url.pathname === BASE || url.pathname.startsWith(`${BASE}/`)
const local = (url: URL) => `${server}${url.pathname}${url.search}`

/** Every address an HTML or XML document names in an attribute or element. */
function addressesIn(html: string, base: URL): URL[] {
  const found: string[] = []
  // A connection hint names an origin (Next writes `<link rel="preconnect" href="/">`), not a file to fetch.
  const text = html.replace(/<link rel="(?:preconnect|dns-prefetch)"[^>]*>/g, '')
  for (const m of text.matchAll(/\s(?:href|src|content|action|poster)="([^"]+)"/g)) found.push(m[1])
  for (const m of text.matchAll(/\ssrcset="([^"]+)"/g)) found.push(...m[1].split(',').map((item) => item.trim().split(/\s+/)[0]))
  for (const m of text.matchAll(/<(?:loc|link|id|url|uri)>([^<]+)<\//g)) found.push(m[1])
  for (const m of text.matchAll(/\b(?:href|url)="(https?:\/\/[^"]+)"/g)) found.push(m[1])
  return found
    .map((value) => value.replace(/&amp;/g, '&'))
    .filter((value) => /^(\/|https?:|\.)/.test(value) && !value.startsWith('//'))
    .flatMap((value) => {
      try {
        return [new URL(value, base)]
      } catch {
        return []
      }
    })
    .filter(isOurs)
}

test('every page, feed and sitemap names only addresses under /repo/, and each answers', async ({ request }) => {
  const seen = new Set<string>()
  const escaped: string[] = []
  const broken: string[] = []
  const queue = [`${BASE}/`, `${BASE}/feed.xml`, `${BASE}/atom.xml`, `${BASE}/sitemap.xml`, `${BASE}/robots.txt`]
  budgetFor(60)
  while (queue.length > 0 && seen.size < 600) {
    const path = queue.shift()!
    if (seen.has(path)) continue
    seen.add(path)
    const response = await request.get(`${server}${path}`)
    if (response.status() !== 200) {
      broken.push(`${path}: ${response.status()}`)
      continue
    }
    const type = response.headers()['content-type'] ?? ''
    if (!/html|xml|text\/plain|json/.test(type)) continue
    const text = await response.text()
    for (const url of addressesIn(text, new URL(path, server))) {
      if (!underBase(url)) {
        escaped.push(`${path} names ${url.href}`)
        continue
      }
      if (!seen.has(url.pathname)) queue.push(url.pathname)
    }
  }
  expect(escaped).toEqual([])
  expect(broken).toEqual([])
  // The crawl reached the posts, tags, feeds and images, not just the home page.
  const visited = [...seen].map((path) => decodeURI(path))
  for (const expected of [`${BASE}/blog/리눅스-시그널-정리`, `${BASE}/tags`, `${BASE}/series`, `${BASE}/feed.xml`]) expect(visited).toContain(expected)
  expect(visited.some((path) => path.startsWith(`${BASE}/content-assets/`))).toBe(true)
  expect(visited.some((path) => path.startsWith(`${BASE}/_next/static/`))).toBe(true)
  expect(visited.some((path) => /\/og\/.+\.png$/.test(path))).toBe(true)
})

test('under /repo/: search finds a post and opens it, the web font loads, the theme switches and the OG image is served', async ({ page }) => {
  const fonts: { url: string; status: number }[] = []
  page.on('response', (response) => {
    if (/\.woff2$/.test(response.url())) fonts.push({ url: new URL(response.url()).pathname, status: response.status() })
  })
  await page.goto(`${IMPORTED_EXPORT_URL}/`)
  await expect(page.getByRole('main')).toContainText('리눅스 시그널 정리')

  // Hangul drawn by the web font, fetched from under the sub-path.
  await expect.poll(() => page.evaluate(() => document.fonts.status)).toBe('loaded')
  await expect.poll(() => fonts.length).toBeGreaterThan(0)
  expect(fonts.every((font) => font.url.startsWith(`${BASE}/`) && font.status === 200), JSON.stringify(fonts)).toBe(true)

  await chooseTheme(page, '어두운 테마')
  await expect(page.locator('html')).toHaveClass(/dark/)

  const dialog = await openSearch(page)
  await dialog.getByRole('combobox', { name: '글 검색' }).fill('시그널')
  const option = dialog.getByRole('option').filter({ hasText: '리눅스 시그널 정리' })
  await expect(option).toBeVisible()
  await option.click()
  await expect(page).toHaveURL(`${IMPORTED_EXPORT_URL}${encodeURI('/blog/리눅스-시그널-정리')}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('리눅스 시그널 정리')

  const card = new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!)
  expect(card.href.startsWith(`${siteOrigin}${BASE}/`), card.href).toBe(true)
  const image = await page.request.get(local(card))
  expect(image.status()).toBe(200)
  expect(image.headers()['content-type']).toBe('image/png')
})
