// Korean URLs in every channel (issue 3) and the static export (issue 4):
// every test runs against `next start` and against out/ served by nginx.
import { existsSync, readdirSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { publishedPosts } from './support/corpus'
import { SERVERS } from './support/servers'

const posts = publishedPosts('data')
const taggedRetro = posts.filter((post) => post.tags.includes('회고')).map((post) => post.title)
const hangulPost = posts.find((post) => post.file === '한글-주소로-글쓰기.mdx')
const SEED_TITLE = '내가 해결한 문제 중 가장 어려운 문제는 무엇이었나?'
const ANCHOR = '당당히-말할-수-있는-경험을-이제부터라도-만들어보자'

// vercel/next.js#12057: exports have written non-ASCII paths as
// percent-encoded names (out/tags/%ED%9A%8C%EA%B3%A0.html), which no static
// host finds. Next 16.4 writes raw UTF-8 names; nginx decodes the request to
// match them. Guard that, or every Korean URL in the export breaks.
test('the export writes Korean pages under their UTF-8 names, never percent-encoded ones', () => {
  expect(existsSync('out/tags/회고.html')).toBe(true)
  expect(existsSync('out/blog/한글-주소로-글쓰기.html')).toBe(true)
  // The client-navigation payloads (RSC) of those pages sit beside them.
  expect(existsSync('out/tags/회고.txt')).toBe(true)
  expect(readdirSync('out/tags/회고')).toContain('__next.tags.$d$tag.__PAGE__.txt')
  const encoded = (readdirSync('out', { recursive: true }) as string[]).filter((file) => /%[0-9A-F]{2}/i.test(file))
  expect(encoded).toEqual([])
})

for (const server of SERVERS) {
  test.describe(server.name, () => {
    test.use({ baseURL: server.url })

    test('/tags/회고 answers raw and percent-encoded with exactly its posts', async ({ page }) => {
      expect(taggedRetro.length).toBeGreaterThan(0)
      for (const path of ['/tags/회고', '/tags/%ED%9A%8C%EA%B3%A0']) {
        const response = await page.goto(path)
        expect(response?.status(), path).toBe(200)
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('‘회고’ 태그의 글')
        const listed = await page.locator('main article h2 a').allTextContents()
        expect(listed.sort(), path).toEqual([...taggedRetro].sort())
      }
    })

    test('the Hangul-slug post answers raw and percent-encoded', async ({ page }) => {
      expect(hangulPost).toBeDefined()
      for (const path of ['/blog/한글-주소로-글쓰기', `/blog/${encodeURIComponent('한글-주소로-글쓰기')}`]) {
        const response = await page.goto(path)
        expect(response?.status(), path).toBe(200)
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(hangulPost?.title ?? '')
        await expect(page.locator('.prose')).toContainText('한글-주소로-글쓰기.mdx')
      }
    })

    test('a Hangul heading anchor scrolls its heading into view, raw and encoded', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 600 })
      for (const fragment of [ANCHOR, encodeURIComponent(ANCHOR)]) {
        await page.goto('/blog/hardest-problem-i-solved')
        const heading = page.getByRole('heading', { name: '당당히 말할 수 있는 경험을 이제부터라도 만들어보자' })
        await expect(heading).not.toBeInViewport()
        await page.goto(`/blog/hardest-problem-i-solved#${fragment}`)
        await expect(heading).toBeInViewport()
        await expect(page.getByRole('heading', { level: 1 })).not.toBeInViewport()
      }
    })

    test('home, a post and a tag page load with their content', async ({ page }) => {
      const home = await page.goto('/')
      expect(home?.status()).toBe(200)
      await expect(page.getByRole('link', { name: SEED_TITLE })).toBeVisible()

      const post = await page.goto('/blog/hardest-problem-i-solved')
      expect(post?.status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE)
      await expect(page.locator('.prose')).toContainText('jmap으로 heap dump한 것을 분석해봤는데')

      const tag = await page.goto('/tags/self-evalutaion')
      expect(tag?.status()).toBe(200)
      await expect(page.getByRole('link', { name: SEED_TITLE })).toBeVisible()
    })

    test('client-side navigation from home to a Korean tag page and a Hangul post', async ({ page }) => {
      const failed: string[] = []
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${decodeURI(response.url())}`)
      })
      await page.goto('/')
      // Survives only if the next pages render in place (RSC payloads), not by a full load.
      await page.evaluate(() => ((window as unknown as { __stayed: boolean }).__stayed = true))
      const stayed = () => page.evaluate(() => (window as unknown as { __stayed?: boolean }).__stayed === true)

      await page.locator('main').getByRole('link', { name: '#회고' }).first().click()
      await expect(page).toHaveURL(/\/tags\/(%ED%9A%8C%EA%B3%A0|회고)$/)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('‘회고’ 태그의 글')
      expect(await stayed()).toBe(true)

      await page.getByRole('link', { name: hangulPost?.title ?? '' }).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(hangulPost?.title ?? '')
      expect(await stayed()).toBe(true)
      // favicon.ico is not part of the site yet; nothing else may be missing.
      expect(failed.filter((line) => !line.endsWith('/favicon.ico'))).toEqual([])
    })

    test('an unknown path answers 404 with the site’s 404 page', async ({ page }) => {
      for (const path of ['/no-such-page', '/blog/no-such-post', '/tags/없는-태그', '/tags/%EC%97%86%EB%8A%94']) {
        const response = await page.goto(path)
        expect(response?.status(), path).toBe(404)
        await expect(page.getByRole('heading', { name: '페이지를 찾을 수 없습니다' })).toBeVisible()
      }
    })

    test('a trailing slash redirects to the page without it', async ({ page }) => {
      for (const [path, target] of [
        ['/blog/', /\/blog$/],
        ['/tags/%ED%9A%8C%EA%B3%A0/', /\/tags\/(%ED%9A%8C%EA%B3%A0|회고)$/],
      ] as const) {
        const response = await page.goto(path)
        expect(response?.status(), path).toBe(200)
        expect(response?.request().redirectedFrom()?.url(), path).toContain(path)
        await expect(page).toHaveURL(target)
      }
    })

    test('a doubled leading slash never redirects to another site', async ({ request }) => {
      // (A URL parser turns `/\evil.example/` into this same path.)
      const response = await request.get(`${server.url}//evil.example/`, { maxRedirects: 0 })
      const location = response.headers()['location'] ?? ''
      expect(new URL(location, server.url).host, location).toBe(new URL(server.url).host)
    })
  })
}
