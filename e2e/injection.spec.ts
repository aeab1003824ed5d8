// The injection corpus (e2e/fixtures/injection): hostile strings in titles,
// summaries, tags, author names and headings must show as text and never run.
// Each channel is a list of pages plus what a reader must see there; feeds,
// JSON-LD and search results join as channels when they exist.
import { expect, test, type Page } from '@playwright/test'
import { readCorpus } from './support/corpus'

const CONTENT = 'e2e/fixtures/injection'
const posts = readCorpus(CONTENT)
const slugOf = (file: string) => file.replace(/\.mdx$/, '')
const RLO = '\u202e'
const AUTHOR_NAMES = ['<script>alert(1)</script>"><img src=x onerror=alert(1)> 작성자', `"><img src=x onerror=alert(1)>${RLO}영희`]

type Channel = { name: string; paths: (page: Page) => Promise<string[]> }

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
  expect(posts).toHaveLength(5)
  expect(posts.some((post) => post.title.length === 5000)).toBe(true)
  expect(new Set(posts.flatMap((post) => post.tags)).size).toBe(8)
})

for (const channel of channels) {
  test(`${channel.name}: no dialog, no injected element, every page answers`, async ({ page }) => {
    const dialogs = watchDialogs(page)
    const paths = await channel.paths(page)
    expect(paths.length, 'pages in this channel').toBeGreaterThan(0)
    for (const path of paths) {
      const response = await page.goto(path, { waitUntil: 'networkidle' })
      expect(response?.status(), path).toBe(200)
      await expectNothingInjected(page, path)
      // The page is hydrated and interactive, so client rendering had its chance to run payloads too.
      expect(await page.evaluate(() => document.readyState)).toBe('complete')
    }
    expect(dialogs).toEqual([])
  })
}

test('titles show literally on the lists and on their posts, with the hostile authors named as text', async ({ page }) => {
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
