// The leaks corpus (issue 7), against the fixture build: a draft, a draft part
// of a series, a post dated 2999 and a post in blog/_drafts/ (no `draft:` flag,
// the newest date, tags and a series shared with published posts: only its
// folder hides it) must be absent from every channel a reader or a client can
// reach, checked one channel at a time. e2e/corpora/README.md lists the channels.
import { expect, test, type Locator, type Page } from '@playwright/test'
import Parser from 'rss-parser'
import { siteConfig } from '../data/site-config'
import { tagSlug } from '../lib/content/slug'
import { budgetFor } from './support/budget'
import { inUnpublishedFolder, listOrder, publishedPosts, readCorpus, type SourcePost } from './support/corpus'

const CONTENT = 'e2e/fixtures/content'
const published = publishedPosts(CONTENT)
const site = siteConfig.siteUrl.replace(/\/$/, '')
const PER_PAGE = siteConfig.postsPerPage

const slugOf = (post: SourcePost) => post.file.replace(/\.mdx$/, '')
const pathOf = (post: SourcePost) => `/blog/${slugOf(post)}`

/** The hidden posts, each with why it is hidden. */
const hidden = [
  { file: 'draft-post.mdx', why: 'draft: true' },
  { file: 'rich/draft-part.mdx', why: 'draft: true, part of a series' },
  { file: 'future-post.mdx', why: 'dated 2999, part of a series' },
  { file: '_drafts/폴더에-둔-글.mdx', why: 'in blog/_drafts/, no draft flag, newest date' },
].map(({ file, why }) => {
  const post = readCorpus(CONTENT).find((p) => p.file === file)
  if (!post) throw new Error(`the fixture corpus has no ${file}`)
  return { ...post, why }
})

const publishedTags = new Set(published.flatMap((post) => post.tags.map(tagSlug)))
/** Tags only hidden posts carry: no page, no feed, no count anywhere. */
const hiddenOnlyTags = [...new Set(hidden.flatMap((post) => post.tags))].filter((tag) => !publishedTags.has(tagSlug(tag)))
/** Tags hidden posts share with published ones: their pages and counts must not move. */
const sharedTags = [...new Set(hidden.flatMap((post) => post.tags))].filter((tag) => publishedTags.has(tagSlug(tag)))
const taggedWith = (tag: string) => published.filter((post) => post.tags.some((t) => tagSlug(t) === tagSlug(tag)))

/** Text that would betray a hidden post: its title, its slug (raw and percent-encoded), its own tags. */
const betrayals = [
  ...hidden.flatMap((post) => [post.title, slugOf(post), encodeURI(slugOf(post))]),
  ...hiddenOnlyTags.flatMap((tag) => [tag, encodeURIComponent(tag)]),
]

function expectNothingHidden(text: string, where: string) {
  for (const needle of betrayals) expect(text, `${where} contains ${needle}`).not.toContain(needle)
}

const titlesOn = (page: Page) => page.locator('main article h2 a').allTextContents()
/** Where these links lead, as paths with Hangul decoded. */
const hrefsOf = (links: Locator) =>
  links.evaluateAll((as) => as.map((a) => decodeURI(new URL(a.getAttribute('href') ?? '', location.href).pathname)))
const hrefsIn = (scope: Locator) => hrefsOf(scope.getByRole('link'))

test('the corpus: four hidden posts, for four reasons, sharing tags and a series with published posts', () => {
  expect(hidden.map((post) => published.some((p) => p.file === post.file))).toEqual([false, false, false, false])
  const folderPost = hidden.find((post) => inUnpublishedFolder(post))
  expect(folderPost?.draft).toBe(false)
  expect(folderPost && folderPost.date > published[0].date).toBe(true)
  expect(hiddenOnlyTags.sort()).toEqual(['비공개', '폴더초안'])
  expect(sharedTags.sort()).toEqual(['C++', '리치', '시리즈테스트', '회고'].sort())
  expect(hidden.filter((post) => post.series === '리치 글 시리즈')).toHaveLength(3)
})

test('URL: each hidden post answers 404, raw and percent-encoded, and its text is not served', async ({ request }) => {
  budgetFor(hidden.length * 2)
  for (const post of hidden) {
    for (const path of [pathOf(post), encodeURI(pathOf(post))]) {
      const response = await request.get(path)
      expect(response.status(), `${path} (${post.why})`).toBe(404)
      // (The not-found page may echo the URL it was asked for, so only the title is checked.)
      expect(await response.text(), path).not.toContain(post.title)
    }
  }
})

test('lists: /, every /blog page and /archive show exactly the published posts', async ({ page }) => {
  const pages = Math.ceil(published.length / PER_PAGE)
  budgetFor(pages + 3)
  await page.goto('/')
  expect(await titlesOn(page)).toEqual(listOrder(published).slice(0, siteConfig.homePosts).map((post) => post.title))
  expectNothingHidden(await page.content(), '/')

  const listed: string[] = []
  for (let n = 1; n <= pages; n++) {
    const path = n === 1 ? '/blog' : `/blog/page/${n}`
    await page.goto(path)
    listed.push(...(await titlesOn(page)))
    expectNothingHidden(await page.content(), path)
  }
  expect(listed).toEqual(listOrder(published).map((post) => post.title))
  expect((await page.goto(`/blog/page/${pages + 1}`))?.status()).toBe(404)

  await page.goto('/archive')
  await expect(page.getByText(`지금까지 쓴 글 ${published.length}개를`)).toBeVisible()
  expect(await page.locator('main section li a').allTextContents()).toEqual(published.map((post) => post.title))
  // The post dated 2999 would open a year of its own.
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([/^2024년/])
  expectNothingHidden(await page.content(), '/archive')
})

test('tags: /tags counts only published posts of the tags hidden posts share', async ({ page }) => {
  await page.goto('/tags')
  const tagLinks = page.locator('main').getByRole('link')
  for (const tag of sharedTags) {
    await expect(tagLinks.filter({ hasText: new RegExp(`^#${tag.replace(/[+]/g, '\\+')}\\(`) })).toHaveText(
      `#${tag}(${taggedWith(tag).length})`,
    )
  }
  expectNothingHidden(await page.content(), '/tags')
})

// One test per tag: each visits every page of its list.
for (const tag of sharedTags) {
  test(`tags: the pages of #${tag}, shared with a hidden post, list only published posts`, async ({ page, request }) => {
    const expected = taggedWith(tag).map((post) => post.title)
    const pages = Math.ceil(expected.length / PER_PAGE)
    budgetFor(pages + 1)
    const listed: string[] = []
    for (let n = 1; n <= pages; n++) {
      const path = `/tags/${tagSlug(tag)}${n === 1 ? '' : `/page/${n}`}`
      await page.goto(path)
      listed.push(...(await titlesOn(page)))
      expectNothingHidden(await page.content(), path)
    }
    expect(listed, tag).toEqual(expected)
    expect((await request.get(`/tags/${tagSlug(tag)}/page/${pages + 1}`)).status(), tag).toBe(404)
  })
}

test('tags: tags only hidden posts carry have no page', async ({ request }) => {
  budgetFor(hiddenOnlyTags.length * 3)
  for (const tag of hiddenOnlyTags) {
    for (const path of [`/tags/${tagSlug(tag)}`, `/tags/${encodeURIComponent(tagSlug(tag))}`, `/tags/${tagSlug(tag)}/page/1`]) {
      expect((await request.get(path)).status(), path).toBe(404)
    }
  }
})

test('series: /series counts published parts; /series/<name> and each part’s series box list only them', async ({
  page,
}) => {
  const parts = published
    .filter((post) => post.series === '리치 글 시리즈')
    .sort((a, b) => (a.seriesOrder ?? Infinity) - (b.seriesOrder ?? Infinity) || a.date.localeCompare(b.date))
  expect(parts).toHaveLength(3)
  budgetFor(parts.length + 2)
  const titles = parts.map((post) => post.title)

  await page.goto('/series')
  await expect(page.locator('main li')).toHaveText([`리치 글 시리즈 (글 ${parts.length}개)`])
  expectNothingHidden(await page.content(), '/series')

  await page.goto(`/series/${tagSlug('리치 글 시리즈')}`)
  await expect(page.locator('main ol li a')).toHaveText(titles)
  expectNothingHidden(await page.content(), '/series/리치-글-시리즈')

  for (const [i, part] of parts.entries()) {
    await page.goto(pathOf(part))
    const box = page.getByRole('complementary', { name: '시리즈' })
    await expect(box.locator('li')).toHaveText(titles)
    await expect(box.locator('.series-position')).toHaveText(`${parts.length}편 중 ${i + 1}편`)
    for (const href of await hrefsIn(box)) {
      expect([...parts.map(pathOf), `/series/${tagSlug('리치 글 시리즈')}`]).toContain(href)
    }
  }
})

test('authors: the author page lists exactly the published posts', async ({ page }) => {
  // Every fixture post is by the site's author (no `authors:` field).
  await page.goto(`/authors/${siteConfig.author}`)
  expect(await titlesOn(page)).toEqual(published.map((post) => post.title))
  expectNothingHidden(await page.content(), '/authors')
})

/** Atom titles are `type="html"`: a reader decodes them to show the text. */
const decodeHtml = (html: string) =>
  html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')

test('feeds: the site’s and each shared tag’s RSS, Atom and JSON feeds carry only published posts', async ({
  request,
}) => {
  const newest = (posts: SourcePost[]) => posts.slice(0, siteConfig.feed.limit)
  const postUrl = (post: SourcePost) => new URL(pathOf(post), `${site}/`).href
  const feeds: [string, SourcePost[]][] = [
    ['', published],
    ...sharedTags.map((tag): [string, SourcePost[]] => [`/tags/${encodeURIComponent(tagSlug(tag))}`, taggedWith(tag)]),
  ]
  budgetFor(feeds.length * 3 + hiddenOnlyTags.length * 3)
  for (const [prefix, posts] of feeds) {
    const expected = newest(posts)
    for (const kind of ['feed.xml', 'atom.xml'] as const) {
      const response = await request.get(`${prefix}/${kind}`)
      expect(response.status(), `${prefix}/${kind}`).toBe(200)
      const body = await response.text()
      const feed = await new Parser().parseString(body)
      const titles = feed.items.map((item) => (kind === 'atom.xml' ? decodeHtml(item.title ?? '') : item.title))
      expect(titles, `${prefix}/${kind}`).toEqual(expected.map((post) => post.title))
      expect(feed.items.map((item) => item.link), `${prefix}/${kind}`).toEqual(expected.map(postUrl))
      expectNothingHidden(body, `${prefix}/${kind}`)
    }
    const response = await request.get(`${prefix}/feed.json`)
    expect(response.status(), `${prefix}/feed.json`).toBe(200)
    const body = await response.text()
    const json = JSON.parse(body) as { items: { title: string; url: string }[] }
    expect(json.items.map((item) => item.title), `${prefix}/feed.json`).toEqual(expected.map((post) => post.title))
    expect(json.items.map((item) => item.url), `${prefix}/feed.json`).toEqual(expected.map(postUrl))
    expectNothingHidden(body, `${prefix}/feed.json`)
  }
  for (const tag of hiddenOnlyTags) {
    for (const kind of ['feed.xml', 'atom.xml', 'feed.json']) {
      const path = `/tags/${encodeURIComponent(tagSlug(tag))}/${kind}`
      expect((await request.get(path)).status(), path).toBe(404)
    }
  }
})

test('sitemap.xml: every post URL is a published post, and no hidden one is listed', async ({ request }) => {
  const body = await (await request.get('/sitemap.xml')).text()
  const posts = [...body.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((match) => decodeURI(new URL(match[1]).pathname))
    .filter((path) => path.startsWith('/blog/') && !path.startsWith('/blog/page/'))
  expect(posts.sort()).toEqual(published.map(pathOf).sort())
  expectNothingHidden(body, '/sitemap.xml')
})

test('/search-index.json holds exactly the published posts', async ({ request }) => {
  const body = await (await request.get('/search-index.json')).text()
  const entries = (JSON.parse(body) as { posts: [string, string][] }).posts
  expect(entries.map(([title]) => title).sort()).toEqual(published.map((post) => post.title).sort())
  expect(entries.map(([, path]) => path).sort()).toEqual(published.map(pathOf).sort())
  expectNothingHidden(body, '/search-index.json')
})

test('OG images and images kept next to a hidden post answer 404', async ({ request }) => {
  // Controls: a published post's card and an image next to a published post are served.
  expect((await request.get('/og/rich/everything.png')).status()).toBe(200)
  expect((await request.get('/content-assets/blog/rich/local-diagram.svg')).status()).toBe(200)
  budgetFor(hidden.length * 2 + 3)
  for (const post of hidden) {
    for (const path of [`/og/${slugOf(post)}.png`, encodeURI(`/og/${slugOf(post)}.png`)]) {
      expect((await request.get(path)).status(), `${path} (${post.why})`).toBe(404)
    }
  }
  expect((await request.get('/content-assets/blog/_drafts/folder-draft-diagram.svg')).status()).toBe(404)
})

const sharing = published.filter((post) => post.tags.some((tag) => sharedTags.includes(tag)))
const publishedPaths = new Set(published.map(pathOf))

test('related posts: enough published posts share a tag with a hidden post to make the check mean something', () => {
  expect(sharing.length).toBeGreaterThan(15)
})

// One test per post (27 posts under one timeout did not fit on a busy machine);
// each visit checks both channels a post page has, its neighbours and its related posts.
for (const [i, post] of published.entries()) {
  const sharesTag = sharing.includes(post)
  test(`prev/next${sharesTag ? ' and related posts' : ''}: ${post.file} links to published posts only`, async ({ page }) => {
    await page.goto(pathOf(post), { waitUntil: 'domcontentloaded' })
    const newer = published[i - 1]
    const older = published[i + 1]
    const nav = (rel: string) => hrefsOf(page.locator(`main a[rel="${rel}"]`))
    expect(await nav('next'), `${post.file} newer`).toEqual(newer ? [pathOf(newer)] : [])
    expect(await nav('prev'), `${post.file} older`).toEqual(older ? [pathOf(older)] : [])
    if (newer) await expect(page.locator('main a[rel="next"]')).toContainText(newer.title)
    if (older) await expect(page.locator('main a[rel="prev"]')).toContainText(older.title)
    if (!sharesTag) return
    // Sharing a tag with a hidden post, it must still recommend only published ones.
    const related = page.getByRole('region', { name: '관련 글' })
    const hrefs = await hrefsIn(related)
    expect(hrefs.length, post.file).toBeGreaterThan(0)
    for (const href of hrefs) expect(publishedPaths.has(href), `${post.file} recommends ${href}`).toBe(true)
    expectNothingHidden(await related.innerHTML(), `related posts of ${post.file}`)
  })
}
