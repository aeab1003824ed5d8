// The injection corpus (e2e/fixtures/injection): hostile strings in titles,
// summaries, tags, author names and headings must show as text and never run.
// Each channel is a list of URLs plus what a reader (or a reader's program:
// feed reader, crawler, link preview) must get there.
import { expect, test, type APIResponse, type Page } from '@playwright/test'
import Parser from 'rss-parser'
import { siteConfig } from '../data/site-config'
import { publishedPosts, readCorpus, type SourcePost } from './support/corpus'
import { openSearch } from './support/search'
import { budgetFor } from './support/budget'

const CONTENT = 'e2e/fixtures/injection'
const posts = readCorpus(CONTENT)
// Newest first, as feeds list them.
const newest = publishedPosts(CONTENT)
const slugOf = (file: string) => file.replace(/\.mdx?$/, '')
const postAt = (path: string) => posts.find((post) => `/blog/${slugOf(post.file)}` === path)
const RLO = '\u202e'
const AUTHOR_NAMES = ['<script>alert(1)</script>"><img src=x onerror=alert(1)> 작성자', `"><img src=x onerror=alert(1)>${RLO}영희`]
const HOSTILE_TAGS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', `${RLO}태그`]
const site = siteConfig.siteUrl.replace(/\/$/, '')

/** Atom titles are `type="html"`: a reader decodes the HTML to show the text. */
const decodeHtml = (html: string) =>
  html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/** A tag's page as the tag index links it (`/tags/<slug>`). */
async function tagHref(page: Page, tag: string) {
  await page.goto('/tags')
  const href = await page.locator('main').getByRole('link', { name: `#${tag}(1)`, exact: true }).getAttribute('href')
  expect(href, tag).toMatch(/^\/tags\/[^/]+$/)
  return href ?? ''
}

type Channel = {
  name: string
  paths: (page: Page) => Promise<string[]>
  /** Documents a program reads (feeds, sitemap, images): fetched and parsed, not opened in Chromium. */
  read?: (response: APIResponse, path: string, page: Page) => Promise<void>
  /** On a page already checked: what a reader does there next. */
  then?: (page: Page, path: string) => Promise<void>
}

// Feeds: the whole site's and a hostile tag's, each in every format; which posts each must list.
const feedTags = new Map<string, string>()
const feedPaths = async (page: Page, format: string) => {
  const tagged = []
  for (const tag of HOSTILE_TAGS) {
    const path = `${await tagHref(page, tag)}/${format}`
    feedTags.set(path, tag)
    tagged.push(path)
  }
  return [`/${format}`, ...tagged]
}
const expectedIn = (path: string): SourcePost[] => {
  const tag = feedTags.get(path)
  return tag === undefined ? newest : newest.filter((post) => post.tags.includes(tag))
}

async function readXmlFeed(response: APIResponse, path: string, atom: boolean) {
  const feed = await new Parser().parseString(await response.text())
  const expected = expectedIn(path)
  expect(expected.length, path).toBeGreaterThan(0)
  const titles = feed.items.map((item) => (atom ? decodeHtml(item.title ?? '') : item.title))
  expect(titles, path).toEqual(expected.map((post) => post.title))
  expect(feed.items.map((item) => item.link)).toEqual(expected.map((post) => `${site}/blog/${slugOf(post.file)}`))
  const tag = feedTags.get(path)
  if (tag !== undefined) expect(atom ? decodeHtml(feed.title ?? '') : feed.title).toContain(tag)
  // The body of the post with `]]>` twice survives too (CDATA in both formats).
  const at = expected.findIndex((post) => post.file === 'script-title.mdx')
  if (at >= 0) {
    const body = atom ? feed.items[at].content : feed.items[at]['content:encoded']
    expect(body, path).toContain('CDATA 끝 ]]> 한 번 더 ]]> 끝.')
  }
}

const SEARCH_QUERY = '<img src=x onerror=alert(1)>'

const channels: Channel[] = [
  { name: 'home', paths: async () => ['/'] },
  { name: 'blog list', paths: async () => ['/blog'] },
  { name: 'tag index', paths: async () => ['/tags'] },
  { name: 'about', paths: async () => ['/about'] },
  { name: 'post', paths: async () => posts.map((post) => `/blog/${slugOf(post.file)}`) },
  {
    name: 'tag',
    paths: async (page) => {
      await page.goto('/tags')
      return page.locator('main a[href^="/tags/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
    },
  },
  {
    name: 'RSS feed',
    paths: (page) => feedPaths(page, 'feed.xml'),
    read: (response, path) => readXmlFeed(response, path, false),
  },
  {
    name: 'Atom feed',
    paths: (page) => feedPaths(page, 'atom.xml'),
    read: (response, path) => readXmlFeed(response, path, true),
  },
  {
    name: 'JSON feed',
    paths: (page) => feedPaths(page, 'feed.json'),
    read: async (response, path) => {
      const feed = JSON.parse(await response.text())
      const expected = expectedIn(path)
      expect(expected.length, path).toBeGreaterThan(0)
      type Item = { title: string; summary?: string; tags: string[] }
      expect(feed.items.map((item: Item) => item.title), path).toEqual(expected.map((post) => post.title))
      expect(feed.items.map((item: Item) => item.summary)).toEqual(expected.map((post) => post.summary))
      expect(feed.items.map((item: Item) => item.tags)).toEqual(expected.map((post) => post.tags))
    },
  },
  {
    name: 'post JSON-LD',
    paths: async () => posts.map((post) => `/blog/${slugOf(post.file)}`),
    read: async (response, path) => {
      const html = await response.text()
      // What a crawler does: take each ld+json script's text and JSON.parse it.
      const scripts = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => m[1])
      expect(scripts.length, path).toBe(html.split('type="application/ld+json"').length - 1)
      const data = scripts.map((text) => JSON.parse(text))
      const posting = data.find((item) => item['@type'] === 'BlogPosting')
      const post = postAt(path)
      expect(posting?.headline, path).toBe(post?.title)
      expect(posting?.description).toBe(post?.summary)
      expect(posting?.keywords).toEqual(post?.tags)
      const crumbs = data.find((item) => item['@type'] === 'BreadcrumbList')
      expect(crumbs?.itemListElement.at(-1).name).toBe(post?.title)
      if (path === '/blog/script-title') {
        expect(posting?.author.map((author: { name: string }) => author.name)).toEqual(AUTHOR_NAMES)
      }
    },
  },
  {
    name: 'sitemap',
    paths: async () => ['/sitemap.xml'],
    read: async (response, _path, page) => {
      // Chromium's XML parser: a stray `<` or `&` in a URL is a parse error.
      const parsed = await page.evaluate((xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml')
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: doc.documentElement.localName,
          urls: doc.getElementsByTagName('url').length,
          locs: [...doc.getElementsByTagName('loc')].map((loc) => loc.textContent ?? ''),
        }
      }, await response.text())
      expect(parsed.error).toBeNull()
      expect(parsed.root).toBe('urlset')
      expect(parsed.locs.length).toBe(parsed.urls)
      // Every <loc> is an absolute URL of the site, already percent-encoded (URL parsing changes nothing).
      for (const loc of parsed.locs) expect(new URL(loc).href, loc).toBe(loc)
      for (const loc of parsed.locs) expect(loc.startsWith(`${site}/`), loc).toBe(true)
      for (const post of posts) expect(parsed.locs).toContain(`${site}/blog/${slugOf(post.file)}`)
      for (const tag of HOSTILE_TAGS) expect(parsed.locs).toContain(new URL(await tagHref(page, tag), `${site}/`).href)
      for (const loc of parsed.locs) {
        expect((await page.request.get(loc.replace(site, ''))).status(), loc).toBe(200)
      }
    },
  },
  {
    name: 'OG image',
    paths: async () => posts.map((post) => `/og/${slugOf(post.file)}.png`),
    read: async (response) => {
      expect(response.headers()['content-type']).toBe('image/png')
      expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 })
    },
  },
  {
    name: 'search index',
    paths: async () => ['/search-index.json'],
    read: async (response) => {
      const index: { posts: [string, string, string, string[], string[], string][] } = JSON.parse(await response.text())
      const byPath = new Map(index.posts.map((entry) => [entry[1], entry]))
      expect(byPath.size).toBe(posts.length)
      for (const post of posts) {
        const [title, , , tags, , summary] = byPath.get(`/blog/${slugOf(post.file)}`) ?? []
        expect({ title, tags, summary }, post.file).toEqual({ title: post.title, tags: post.tags, summary: post.summary ?? '' })
      }
    },
  },
  {
    name: 'search dialog',
    paths: async () => ['/'],
    then: async (page) => {
      const dialog = await openSearch(page)
      const input = dialog.getByRole('combobox', { name: '글 검색' })
      for (const query of ['alert', 'script']) {
        await input.fill(query)
        await expect(dialog.getByRole('option').first(), query).toBeVisible()
        const shown = await dialog.getByRole('option').evaluateAll((options) =>
          options.map((option) => option.querySelector('div')?.textContent ?? ''),
        )
        const matching = posts.filter((post) => post.title.toLowerCase().includes(query)).map((post) => post.title)
        expect(matching.length, query).toBeGreaterThan(0)
        // Each post whose title holds the word is listed with its title as text, markup and all.
        for (const title of matching) expect(shown, query).toContain(title)
        await expectNothingInjected(page, `search dialog: ${query}`)
      }
    },
  },
  {
    name: 'search page',
    paths: async () => [`/search?q=${encodeURIComponent(SEARCH_QUERY)}`, '/search?q=alert'],
    then: async (page, path) => {
      const query = new URL(path, site).searchParams.get('q') ?? ''
      await expect(page.getByRole('searchbox', { name: '글 검색' })).toHaveValue(query)
      await expect(page.getByRole('status')).not.toHaveText('검색 색인을 불러오는 중…')
      const listed = await page.locator('main article h2 a').evaluateAll((links) => links.map((a) => a.textContent))
      if (query === 'alert') {
        const matching = posts.filter((post) => post.title.includes(query)).map((post) => post.title)
        for (const title of matching) expect(listed).toContain(title)
      }
      await expectNothingInjected(page, path)
    },
  },
]

/** Fails the test on any dialog (alert, confirm, prompt) in this page or a popup it opens. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = []
  const watch = (p: Page) =>
    p.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`)
      void dialog.dismiss()
    })
  watch(page)
  page.context().on('page', watch)
  return dialogs
}

/** Nothing the corpus carries became markup or code. */
async function expectNothingInjected(page: Page, path: string) {
  const found = await page.evaluate(() => ({
    images: document.querySelectorAll('img[src="x"], img[onerror]').length,
    handlers: document.querySelectorAll('[onerror], [onload]:not(link):not(script)').length,
    // Next's own scripts carry the titles as JSON strings; an injected script is one whose code is the payload.
    scripts: [...document.scripts].filter((s) => /^\s*alert\(/.test(s.textContent ?? '')).length,
    jsLinks: [...document.querySelectorAll('a[href]')].filter((a) => /^\s*javascript:\s*alert/i.test(a.getAttribute('href') ?? '')).length,
  }))
  expect(found, path).toEqual({ images: 0, handlers: 0, scripts: 0, jsLinks: 0 })
}

test('the detectors catch a payload that does run (so a pass above means something)', async ({ page }) => {
  const dialogs = watchDialogs(page)
  await page.setContent('<p>x</p><img src="x" onerror="alert(1)"><a href="javascript:alert(2)">y</a>')
  await expect.poll(() => dialogs).toEqual(['alert: 1'])
  await expect(expectNothingInjected(page, 'setContent')).rejects.toThrow()
})

test('the corpus is what these tests assume', () => {
  // Six hostile posts, and two with diagrams built with no browser (e2e/diagrams.injection.spec.ts), tagged 다이어그램.
  expect(posts).toHaveLength(8)
  expect(posts.some((post) => post.title.length === 5000)).toBe(true)
  expect(new Set(posts.flatMap((post) => post.tags)).size).toBe(10)
})

for (const channel of channels) {
  const what = channel.read ? 'parses with the hostile text intact' : 'no dialog, no injected element'
  test(`${channel.name}: ${what}, every URL answers`, async ({ page }) => {
    const dialogs = watchDialogs(page)
    const paths = await channel.paths(page)
    expect(paths.length, 'URLs in this channel').toBeGreaterThan(0)
    budgetFor(paths.length * (channel.then ? 2 : 1))
    for (const path of paths) {
      if (channel.read) {
        const response = await page.request.get(path)
        expect(response.status(), path).toBe(200)
        await channel.read(response, path, page)
        continue
      }
      const response = await page.goto(path, { waitUntil: 'networkidle' })
      expect(response?.status(), path).toBe(200)
      await expectNothingInjected(page, path)
      // The page is hydrated and interactive, so client rendering had its chance to run payloads too.
      expect(await page.evaluate(() => document.readyState)).toBe('complete')
      await channel.then?.(page, path)
    }
    expect(dialogs).toEqual([])
  })
}

test('titles show literally on the lists and on their posts, with the hostile authors named as text', async ({ page }) => {
  budgetFor(posts.length + 2)
  const dialogs = watchDialogs(page)
  await page.goto('/blog')
  const listed = await page.locator('main article h2 a').evaluateAll((links) => links.map((a) => a.textContent))
  expect([...listed].sort()).toEqual(posts.map((post) => post.title).sort())

  for (const post of posts) {
    await page.goto(`/blog/${slugOf(post.file)}`)
    expect(await page.locator('h1').evaluate((h1) => h1.textContent), post.file).toBe(post.title)
    await expect(page.locator('article header')).toContainText(post.tags[0])
    expect(await page.title()).toContain(post.title.slice(0, 100))
  }
  await page.goto('/blog/script-title')
  const authors = await page.locator('article header ul[aria-label] li').allTextContents()
  expect(authors).toEqual(AUTHOR_NAMES)
  expect(dialogs).toEqual([])
})

test('headings with markup in their text stay headings with that text', async ({ page }) => {
  await page.goto('/blog/script-title')
  await expect(page.locator('.prose h2').first()).toHaveText('<script>alert(1)</script> 스크립트 소제목')
  await page.goto('/blog/template-title')
  await expect(page.locator('.prose h2').first()).toHaveText("{{constructor.constructor('alert(1)')()}} 템플릿 소제목")
  await page.goto('/blog/img-title')
  await expect(page.locator('.prose h2').first()).toHaveText('"><img src=x onerror=alert(1)> 이미지 소제목')
})

test('tag names with markup are listed literally and each tag page lists its post', async ({ page }) => {
  await page.goto('/tags')
  for (const tag of ['<script>alert(1)</script>', '</script><script>alert(1)</script>', '"><img src=x onerror=alert(1)>']) {
    await expect(page.locator('main').getByRole('link', { name: `#${tag}(1)` })).toBeVisible()
  }
  await page.locator('main').getByRole('link', { name: '#"><img src=x onerror=alert(1)>(1)' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('"><img src=x onerror=alert(1)>')
  await expect(page.locator('main article h2 a')).toHaveText(['"><img src=x onerror=alert(1)> 이미지 제목'])
})

test('a javascript: link in a body is neutralised by React and clicking it opens no dialog', async ({ page }) => {
  const dialogs = watchDialogs(page)
  await page.goto('/blog/img-title', { waitUntil: 'networkidle' })
  for (const name of ['자바스크립트 링크', '대문자 링크']) {
    const link = page.locator('.prose').getByRole('link', { name })
    const href = (await link.getAttribute('href')) ?? ''
    // React 19 swaps javascript: URLs for one that throws; the payload is gone from the attribute.
    expect(href).not.toMatch(/alert/)
    expect(href).toMatch(/^javascript:throw new Error\('React has blocked a javascript: URL/)
    await link.click()
  }
  await page.waitForTimeout(500)
  expect(dialogs).toEqual([])
})

test('RTL override characters stay in the text and a 5,000-character title wraps inside the page', async ({ page }) => {
  budgetFor(6)
  await page.goto('/blog/rtl-title')
  expect(await page.locator('h1').evaluate((h1) => h1.textContent)).toBe(`오른쪽에서 ${RLO}txt.exe 왼쪽`)

  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 800 })
    for (const path of ['/blog/long-title', '/blog']) {
      await page.goto(path)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0)
    }
  }
  await page.goto('/blog/long-title')
  expect(await page.locator('h1').evaluate((h1) => h1.textContent?.length)).toBe(5000)
})

test('a 5,000-character tag gets a working page named in full (its slug is cut to fit a file name)', async ({ page }) => {
  const tag = posts.flatMap((post) => post.tags).find((name) => name.length === 5000) ?? ''
  await page.goto('/blog/long-title')
  const link = page.locator('article header a[href^="/tags/"]').filter({ hasText: tag.slice(0, 50) })
  const href = (await link.getAttribute('href')) ?? ''
  expect(new TextEncoder().encode(decodeURIComponent(href.replace('/tags/', ''))).length).toBeLessThanOrEqual(120)
  await link.click()
  await expect(page).toHaveURL((url) => decodeURIComponent(url.pathname) === decodeURIComponent(href))
  expect(await page.locator('h1').evaluate((h1) => h1.textContent)).toContain(tag)
  await expect(page.locator('main article h2 a')).toHaveCount(1)
})
