// Posts in two languages (issue 12): blog/fixture-06.en.mdx is the English
// translation of blog/fixture-06.mdx. Each page links to the other, says its
// language (`lang`, hreflang alternates, English strings around the English
// post), lists show the pair once with a marker, and the sitemap carries both.
import { expect, test, type Page } from '@playwright/test'
import { siteConfig } from '../data/site-config'
import { budgetFor } from './support/budget'
import { listOrder, publishedPosts, readCorpus } from './support/corpus'

const CONTENT = 'e2e/fixtures/content'
const KOREAN = '/blog/fixture-06'
const ENGLISH = '/en/blog/fixture-06'
const site = siteConfig.siteUrl.replace(/\/$/, '')
const translation = readCorpus(CONTENT, { translations: true }).find((post) => post.file === 'fixture-06.en.mdx')!
const original = publishedPosts(CONTENT).find((post) => post.file === 'fixture-06.mdx')!

/** The page's hreflang alternates, language → absolute URL. */
async function alternates(page: Page) {
  const links = page.locator('head link[rel="alternate"][hreflang]')
  return Object.fromEntries(
    await links.evaluateAll((all) => all.map((link) => [link.getAttribute('hreflang'), (link as HTMLLinkElement).href])),
  )
}

const bothVersions = { 'ko-KR': `${site}${KOREAN}`, 'en-US': `${site}${ENGLISH}` }

test('the corpus: one published post has an English translation', () => {
  expect(translation.title).toBe('Fixture post 06')
  expect(original.title).toBe('픽스처 글 06')
})

test('the Korean post says it is Korean and links to its English translation', async ({ page }) => {
  await page.goto(KOREAN)
  await expect(page.locator('main article')).toHaveAttribute('lang', 'ko')
  await expect(page.locator('html')).toHaveAttribute('lang', /^ko/)
  const link = page.locator('main article .translations a')
  await expect(link).toHaveText('English')
  await expect(link).toHaveAttribute('hreflang', 'en')
  await expect(page.locator('main article .translations')).toContainText('다른 언어로 읽기')
  expect(await alternates(page)).toEqual(bothVersions)
  await link.click()
  await expect(page).toHaveURL(ENGLISH)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fixture post 06')
})

test('the English translation is in English: lang, strings around it, alerts, and a link back', async ({ page }) => {
  await page.goto(ENGLISH)
  const article = page.locator('main article')
  await expect(article).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(translation.title)
  await expect(page).toHaveTitle(new RegExp(`^${translation.title}`))
  // Around the body: the date, reading time, sharing and the way back, in English.
  await expect(article.locator('header time').first()).toHaveText('March 6, 2024')
  await expect(article.locator('header')).toContainText('min read')
  await expect(article.getByRole('heading', { name: 'Share', exact: true })).toBeVisible()
  await expect(article.getByRole('link', { name: 'Copy link' }).or(article.getByRole('button', { name: 'Copy link' }))).toBeVisible()
  await expect(article.getByRole('link', { name: '← Back to the blog' })).toBeVisible()
  await expect(article).not.toContainText('분 분량')
  // The body's own parts too: the alert's title.
  await expect(article.locator('.markdown-alert-title')).toHaveText('Note')
  // Its tags link only where the site has a tag page (the translation adds no tag of its own).
  await expect(article.locator('header').getByRole('link', { name: /회고/ })).toBeVisible()
  await expect(article.getByText('translation-only')).toHaveCount(0)
  const back = article.locator('.translations a')
  await expect(back).toHaveText('한국어')
  await expect(back).toHaveAttribute('hreflang', 'ko')
  await expect(back).toHaveAttribute('href', KOREAN)
  expect(await alternates(page)).toEqual(bothVersions)
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', `${site}${ENGLISH}`)
  await expect(page.locator('head meta[property="og:locale"]')).toHaveAttribute('content', 'en_US')
})

test('/blog lists the pair once, the Korean entry marked with its English version', async ({ page }) => {
  const order = listOrder(publishedPosts(CONTENT))
  const pages = Math.ceil(order.length / siteConfig.postsPerPage)
  budgetFor(pages)
  const titles: string[] = []
  for (let n = 1; n <= pages; n++) {
    await page.goto(n === 1 ? '/blog' : `/blog/page/${n}`)
    titles.push(...(await page.locator('main article h2 a').allTextContents()))
    const entry = page.locator('main li article').filter({ has: page.getByRole('link', { name: original.title }) })
    if ((await entry.count()) > 0) {
      await expect(entry.locator('a[data-translation]')).toHaveText('English')
      await expect(entry.locator('a[data-translation]')).toHaveAttribute('href', ENGLISH)
    }
  }
  expect(titles.filter((title) => title === original.title)).toHaveLength(1)
  expect(titles).not.toContain(translation.title)
  expect(titles).toEqual(order.map((post) => post.title))
})

test('the sitemap lists both versions, each with both as alternates; feeds, search and tags keep to the original', async ({
  request,
}) => {
  const sitemap = await (await request.get('/sitemap.xml')).text()
  for (const path of [KOREAN, ENGLISH]) {
    const entry = new RegExp(`<url>\\s*<loc>${site}${path}</loc>[\\s\\S]*?</url>`).exec(sitemap)?.[0]
    expect(entry, path).toBeDefined()
    for (const [lang, url] of Object.entries(bothVersions)) {
      expect(entry, `${path} → ${lang}`).toContain(`<xhtml:link rel="alternate" hreflang="${lang}" href="${url}" />`)
    }
  }
  for (const path of ['/feed.xml', '/atom.xml', '/feed.json', '/search-index.json']) {
    const body = await (await request.get(path)).text()
    expect(body, path).toContain(original.title)
    expect(body, path).not.toContain(translation.title)
  }
  expect((await request.get('/tags/translation-only')).status()).toBe(404)
  expect((await request.get('/en/blog/fixture-07')).status()).toBe(404)
  expect((await request.get('/fr/blog/fixture-06')).status()).toBe(404)
})
