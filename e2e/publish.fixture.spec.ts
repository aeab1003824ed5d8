// Feeds, sitemap and JSON-LD over the fixture corpus, which has a draft, a
// future post and a post titled `</script> A < B & 한글 "따옴표"`.
import { readFileSync } from 'node:fs'
import { expect, test, type APIRequestContext } from '@playwright/test'
import Parser from 'rss-parser'
import { siteConfig } from '../data/site-config'
import { t } from '../lib/site/i18n'
import { publishedPosts, type SourcePost } from './support/corpus'

const published = publishedPosts('e2e/fixtures/content')
const TRICKY_TITLE = '</script> A < B & 한글 "따옴표"'
const HIDDEN = ['아직 쓰는 중인 초안', '먼 미래에 공개될 글', 'draft-post', 'future-post', '비공개']
const site = siteConfig.siteUrl.replace(/\/$/, '')

/** The URL a post has on the site, as feeds and the sitemap must spell it. */
const postUrl = (post: SourcePost) =>
  new URL(`/blog/${post.file.replace(/\.mdx$/, '')}`, `${site}/`).href
const yearIn = (date: string) =>
  new Intl.DateTimeFormat('en-CA', { year: 'numeric', timeZone: siteConfig.timeZone }).format(new Date(date))
/** A site URL mapped onto the test server. */
const local = (url: string) => url.replace(site, '')

/** Atom titles are `type="html"`: a reader decodes the HTML to show the text. */
const decodeHtml = (html: string) =>
  html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')

async function fetchText(request: APIRequestContext, path: string) {
  const response = await request.get(path)
  expect(response.status(), path).toBe(200)
  return { body: await response.text(), type: response.headers()['content-type'] }
}

test('the corpus has the tricky title these tests rely on', () => {
  expect(published.map((post) => post.title)).toContain(TRICKY_TITLE)
})

for (const [path, kind] of [
  ['/feed.xml', 'rss'],
  ['/atom.xml', 'atom'],
] as const) {
  test(`${path} parses, lists the 20 newest published posts in order with absolute links`, async ({ request }) => {
    const { body, type } = await fetchText(request, path)
    expect(type).toContain(kind === 'rss' ? 'application/rss+xml' : 'application/atom+xml')
    const feed = await new Parser().parseString(body)
    const newest = published.slice(0, 20)
    const titles = feed.items.map((item) => (kind === 'atom' ? decodeHtml(item.title ?? '') : item.title))
    expect(titles).toEqual(newest.map((post) => post.title))
    expect(feed.items.map((item) => item.link)).toEqual(newest.map(postUrl))
    for (const hidden of HIDDEN) expect(body).not.toContain(hidden)
    // Full content: each entry carries its rendered body, links made absolute.
    const tricky = feed.items[titles.indexOf(TRICKY_TITLE)]
    const html = kind === 'rss' ? tricky['content:encoded'] : tricky.content
    expect(html).toContain('<h2 id="본문">본문</h2>')
    expect(html).toContain(`<a href="${site}/blog">목록</a>`)
    expect(html).toContain('5 &#x3C; 6')
  })
}

// The rich post (e2e/fixtures/content/blog/rich/everything.mdx) has inline math, a `> [!NOTE]`
// alert and `![](./local-diagram.svg)` next to it. It is older than the site feeds' 20 newest,
// so it is read from its tag's feeds, which are built the same way and carry full content too.
test.describe('a full-content feed carries the rendered post, not its Markdown', () => {
  const RICH_TITLE = '모든 기능을 쓴 글'
  const tag = encodeURIComponent('리치')
  const contentOf: Record<string, (body: string) => Promise<string>> = {
    rss: async (body) => itemOf(await new Parser().parseString(body), (item) => item.title)['content:encoded'],
    atom: async (body) => itemOf(await new Parser().parseString(body), (item) => decodeHtml(item.title ?? '')).content ?? '',
    json: async (body) => itemOf(JSON.parse(body) as { items: { title: string; content_html: string }[] }, (item) => item.title).content_html,
  }
  function itemOf<Item extends { title?: string }>(feed: { items: Item[] }, title: (item: Item) => string | undefined) {
    const found = feed.items.filter((item) => title(item) === RICH_TITLE)
    expect(found, `one item titled ${RICH_TITLE}`).toHaveLength(1)
    return found[0]
  }

  test('the corpus post has the math, the alert and the image these tests look for', () => {
    const source = readFileSync('e2e/fixtures/content/blog/rich/everything.mdx', 'utf8')
    expect(source).toContain('$E = mc^2$')
    expect(source).toContain('> [!NOTE]')
    expect(source).toContain('![글 옆에 둔 그림](./local-diagram.svg)')
    expect(siteConfig.feed.content).toBe('full')
  })

  for (const [path, format] of [
    [`/tags/${tag}/feed.xml`, 'rss'],
    [`/tags/${tag}/atom.xml`, 'atom'],
    [`/tags/${tag}/feed.json`, 'json'],
  ] as const) {
    test(`${path}: KaTeX math, the alert's title, an image URL that answers`, async ({ request }) => {
      const html = await contentOf[format]((await fetchText(request, path)).body)
      expect(html).toContain('class="katex"')
      expect(html).toContain('<annotation encoding="application/x-tex">E = mc^2</annotation>')
      expect(html).toMatch(new RegExp(`<div class="markdown-alert markdown-alert-note"[^>]*>\\s*<p class="markdown-alert-title">${t.alerts.note}</p>`))
      expect(html).not.toContain('[!NOTE]')
      // Code may hold a `$` (the TS block has `${name}`); the prose around it has none left.
      expect(html.replace(/<pre[\s\S]*?<\/pre>/g, '')).not.toContain('$')
      const image = `${site}/content-assets/blog/rich/local-diagram.svg`
      expect(html).toContain(`src="${image}"`)
      const response = await request.get(local(image))
      expect(response.status(), image).toBe(200)
      expect(response.headers()['content-type']).toContain('image/svg+xml')
      // Nothing relative is left for a reader to resolve against the wrong page.
      expect(html).not.toMatch(/(?:href|src)="(?!https?:)/)
    })
  }
})

test('/feed.json is JSON Feed 1.1 with the same posts, and the title survives as text', async ({ request }) => {
  const { body, type } = await fetchText(request, '/feed.json')
  expect(type).toContain('application/feed+json')
  const feed = JSON.parse(body)
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
  expect(feed.feed_url).toBe(`${site}/feed.json`)
  const newest = published.slice(0, 20)
  expect(feed.items.map((item: { title: string }) => item.title)).toEqual(newest.map((post) => post.title))
  expect(feed.items.map((item: { url: string }) => item.url)).toEqual(newest.map(postUrl))
  for (const item of feed.items) {
    expect(item.id).toBe(item.url)
    expect(item.content_html.length).toBeGreaterThan(0)
    expect(item.authors).toEqual([{ name: expect.any(String), url: `${site}/about` }])
  }
  for (const hidden of HIDDEN) expect(body).not.toContain(hidden)
})

test('a tag feed holds exactly that tag’s published posts, newest first; Hangul tags are percent-encoded', async ({
  request,
}) => {
  const tagged = published.filter((post) => post.tags.includes('회고'))
  expect(tagged).toHaveLength(15)
  const encoded = encodeURIComponent('회고')
  for (const path of ['/tags/회고/feed.xml', `/tags/${encoded}/feed.xml`]) {
    const feed = await new Parser().parseString((await fetchText(request, path)).body)
    expect(feed.items.map((item) => item.title)).toEqual(tagged.map((post) => post.title))
    expect(feed.link).toBe(`${site}/tags/${encoded}`)
    for (const item of feed.items) {
      expect(item.categories?.some((c: unknown) => JSON.stringify(c).includes(`${site}/tags/${encoded}`))).toBe(true)
    }
  }
  const special = await new Parser().parseString((await fetchText(request, '/tags/특수문자/feed.xml')).body)
  expect(special.items.map((item) => item.title)).toEqual([TRICKY_TITLE])
  const atom = await new Parser().parseString((await fetchText(request, '/tags/특수문자/atom.xml')).body)
  expect(atom.items.map((item) => decodeHtml(item.title ?? ''))).toEqual([TRICKY_TITLE])
  const json = JSON.parse((await fetchText(request, '/tags/특수문자/feed.json')).body)
  expect(json.items.map((item: { title: string }) => item.title)).toEqual([TRICKY_TITLE])

  // The draft's and the future post's private tag has no feed at all.
  expect((await request.get('/tags/비공개/feed.xml')).status()).toBe(404)
})

test('pages announce the feeds in <head>; a tag page adds its own', async ({ page }) => {
  await page.goto('/tags/회고')
  const hrefs = await page.locator('head link[rel="alternate"]').evaluateAll((links) =>
    links.map((link) => `${link.getAttribute('type')} ${link.getAttribute('href')}`),
  )
  const tag = encodeURIComponent('회고')
  expect(hrefs).toEqual(
    expect.arrayContaining([
      `application/rss+xml ${site}/feed.xml`,
      `application/atom+xml ${site}/atom.xml`,
      `application/feed+json ${site}/feed.json`,
      `application/rss+xml ${site}/tags/${tag}/feed.xml`,
      `application/atom+xml ${site}/tags/${tag}/atom.xml`,
      `application/feed+json ${site}/tags/${tag}/feed.json`,
    ]),
  )
})

test('sitemap.xml lists exactly the published posts and the list, tag, series, author and archive-year pages, and each answers 200', async ({
  request,
}) => {
  const { body } = await fetchText(request, '/sitemap.xml')
  const listed = [...body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])
  const abs = (path: string) => new URL(path, `${site}/`).href
  const tags: [string, number][] = [
    ['회고', 2],
    ['c-plus-plus', 1],
    ['c-sharp', 1],
    ['c', 1],
    ['react', 1],
    ['기타', 1],
    ['특수문자', 1],
    ['리치', 1],
    ['시리즈테스트', 1],
  ]
  const expected = [
    ...['/', '/blog', '/blog/page/2', '/blog/page/3', '/tags', '/archive', '/about', '/projects'].map(abs),
    ...tags.flatMap(([tag, pages]) =>
      Array.from({ length: pages }, (_, i) => abs(`/tags/${tag}${i === 0 ? '' : `/page/${i + 1}`}`)),
    ),
    // The one series of the corpus (its draft and future parts bring nothing) and the one author.
    ...['/series', '/series/리치-글-시리즈', '/authors', `/authors/${siteConfig.author}`].map(abs),
    // One archive page per year that has a published post, in the site time zone.
    ...[...new Set(published.map((post) => yearIn(post.date)))].map((year) => abs(`/archive/${year}`)),
    ...published.map(postUrl),
    // The one translation (e2e/translations.fixture.spec.ts), under its language.
    abs('/en/blog/fixture-06'),
  ]
  expect([...listed].sort()).toEqual([...expected].sort())
  for (const hidden of HIDDEN) expect(body).not.toContain(encodeURIComponent(hidden))
  for (const url of listed) expect((await request.get(local(url))).status(), url).toBe(200)

  const robots = (await fetchText(request, '/robots.txt')).body
  expect(robots).toContain(`Sitemap: ${site}/sitemap.xml`)
})

// Each page names itself: a page that skipped the metadata helper inherited the home page's canonical and og:url.
for (const [name, path, title] of [
  ['the series index', '/series', '모든 시리즈'],
  ['a series', '/series/리치-글-시리즈', '리치 글 시리즈'],
  ['an author', `/authors/${siteConfig.author}`, '김개발'],
  ['search', '/search', '검색'],
] as const) {
  test(`${name} page (${path}) has its own canonical, og:url and title`, async ({ page }) => {
    await page.goto(path)
    const head = page.locator('head')
    const own = new URL(path, `${site}/`).href
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', own)
    await expect(head.locator('meta[property="og:url"]')).toHaveAttribute('content', own)
    await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', new RegExp(title))
    await expect(page).toHaveTitle(new RegExp(`${title}.* \\| ${siteConfig.title}$`))
    await expect(head.locator('meta[property="og:image"]')).toHaveAttribute('content', `${site}/og-image.png`)
  })
}

test('a title with </script> keeps the JSON-LD well-formed and intact', async ({ page }) => {
  await page.goto('/blog/escape-test')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TRICKY_TITLE)
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents()
  expect(scripts).toHaveLength(2)
  const [posting, breadcrumbs] = scripts.map((text) => JSON.parse(text))
  expect(posting['@type']).toBe('BlogPosting')
  expect(posting.headline).toBe(TRICKY_TITLE)
  expect(posting.description).toContain('</script>, <, &')
  expect(breadcrumbs['@type']).toBe('BreadcrumbList')
  expect(breadcrumbs.itemListElement.at(-1)).toMatchObject({ name: TRICKY_TITLE, item: `${site}/blog/escape-test` })
  // The raw HTML never contains the title's `</script>` inside a script.
  const html = await (await page.request.get('/blog/escape-test')).text()
  expect(html).not.toMatch(/<script type="application\/ld\+json">[^<]*<\/script> A/)
})

test('the draft and the future post have no OG image', async ({ request }) => {
  expect((await request.get('/og/escape-test.png')).status()).toBe(200)
  for (const path of ['/og/draft-post.png', '/og/future-post.png']) {
    expect((await request.get(path)).status(), path).toBe(404)
  }
})

test('/archive groups the published posts by year, newest first', async ({ page }) => {
  await page.goto('/archive')
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([/^2024년/])
  const titles = await page.locator('main section li a').allTextContents()
  expect(titles).toEqual(published.map((post) => post.title))
})
