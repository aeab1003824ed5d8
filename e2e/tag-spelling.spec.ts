import { expect, test } from '@playwright/test'
import { SERVERS } from './support/servers'

// Issue 11, item 2: `/tags/DevOps` and `/tags/Next.js` (the spellings the posts use) answered 404.
const SPELLINGS = [
  { path: '/tags/DevOps', canonical: '/tags/devops', heading: 'DevOps', post: '젠킨스 OOM을 heap dump로 추적하기' },
  { path: '/tags/Next.js', canonical: '/tags/nextjs', heading: 'Next.js', post: 'MDX로 글 쓰는 법' },
]

for (const server of SERVERS) {
  test.describe(server.name, () => {
    test.use({ baseURL: server.url })

    test('a tag in the spelling a post uses ends at the tag page', async ({ page }) => {
      for (const { path, canonical, heading, post } of SPELLINGS) {
        await page.goto(path)
        await expect(page, path).toHaveURL(new RegExp(`${canonical.replace('.', '\\.')}$`))
        await expect(page.getByRole('heading', { level: 1 })).toContainText(heading)
        await expect(page.locator('main').getByRole('link', { name: post })).toBeVisible()
      }
    })

    test('an unknown tag in any spelling is still a 404, and the canonical URL is not redirected', async ({ request }) => {
      for (const path of ['/tags/No-Such-Tag', '/tags/DevOps-nope']) {
        expect((await request.get(path)).status(), path).toBe(404)
      }
      const canonical = await request.get('/tags/devops', { maxRedirects: 0 })
      expect(canonical.status()).toBe(200)
    })
  })
}

test('next start answers another spelling with one 308 to the tag URL, for list pages and feeds too', async ({ request }) => {
  const cases = [
    ['/tags/DevOps', '/tags/devops'],
    ['/tags/Next.js', '/tags/nextjs'],
    ['/tags/DEVOPS', '/tags/devops'],
    ['/tags/DevOps/page/1', '/tags/devops/page/1'],
    ['/tags/DevOps/feed.xml', '/tags/devops/feed.xml'],
  ]
  for (const [path, location] of cases) {
    const response = await request.get(path, { maxRedirects: 0 })
    expect(response.status(), path).toBe(308)
    // One Location, not two (a redirect thrown from a page sends it twice: vercel/next.js#82117).
    const locations = response.headersArray().filter((header) => header.name.toLowerCase() === 'location')
    expect(locations.map((header) => new URL(header.value, 'http://x').pathname), path).toEqual([location])
  }
})

test('the static export forwards without a script and points crawlers at the tag URL', async ({ request }) => {
  const exportUrl = SERVERS.find((server) => server.name === 'nginx export')!.url
  const response = await request.get(`${exportUrl}/tags/DevOps`)
  expect(response.status()).toBe(200)
  const html = await response.text()
  expect(html).toMatch(/<meta http-equiv="refresh" content="0;url=\/tags\/devops"/)
  expect(html).toMatch(/<link rel="canonical" href="[^"]*\/tags\/devops"/)
  expect(html).toMatch(/<meta name="robots" content="noindex"/)
})
