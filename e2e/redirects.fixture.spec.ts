// Old addresses of a post (`redirectFrom`, as `npm run import` writes them) on
// `next start`: a 308 to the post, and nothing for a draft. fixture-01.mdx and
// draft-post.mdx list them; the static export's forwarding pages are checked in
// e2e/imported.spec.ts.
import { expect, test } from '@playwright/test'

/** The hops from `path` (each status and where it leads) until a non-redirect, at most three. */
async function hops(request: import('@playwright/test').APIRequestContext, path: string) {
  const seen: { status: number; to?: string }[] = []
  let at = encodeURI(path)
  while (seen.length < 3) {
    const response = await request.get(at, { maxRedirects: 0 })
    const location = response.headers().location
    seen.push({ status: response.status(), ...(location ? { to: decodeURI(new URL(location, 'http://x').pathname) } : {}) })
    if (!location) break
    at = new URL(location, 'http://x').pathname
  }
  return seen
}

test('an old Jekyll address is one 308 to the post; an old Hugo address with its slash, two', async ({ page, request }) => {
  expect(await hops(request, '/2024/03/01/fixture-01.html')).toEqual([{ status: 308, to: '/blog/fixture-01' }, { status: 200 }])
  // Next drops the trailing slash first, then the old address forwards.
  expect(await hops(request, '/posts/픽스처-01/')).toEqual([
    { status: 308, to: '/posts/픽스처-01' },
    { status: 308, to: '/blog/fixture-01' },
    { status: 200 },
  ])
  await page.goto(encodeURI('/posts/픽스처-01'))
  await expect(page).toHaveURL(/\/blog\/fixture-01$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('픽스처 글 01')
})

test("a draft's old address is a 404, not a way to its page", async ({ request }) => {
  const [first] = await hops(request, '/2024/03/20/draft-post.html')
  expect(first.status).toBe(404)
})
