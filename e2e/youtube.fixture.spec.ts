// Issue 12, acceptance 7: `<YouTube id="…" />` in fixture-04 sends nothing to
// any third party until the reader clicks, then plays in a youtube-nocookie.com
// frame that the page's own CSP allows (and only that page's). The machine has
// no internet: the player is answered here, the test asserts what the page asked for.
import { expect, test } from '@playwright/test'
import { policiesOf } from './support/csp'
import { recordCspViolations } from './support/servers'

const POST = '/blog/fixture-04'
const PLAYER = 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1'

test('a YouTube embed requests nothing off-site until clicked, then loads the no-cookie player', async ({ page, baseURL }) => {
  const site = new URL(baseURL!).origin
  const offSite: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== site && !request.url().startsWith('data:')) offSite.push(request.url())
  })
  await page.route('https://www.youtube-nocookie.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>player</title><p>player</p>' }),
  )
  const violations = await recordCspViolations(page)
  await page.goto(POST)
  const play = page.getByRole('button', { name: '동영상 재생: 한글 자막 예제 영상' })
  await expect(play).toBeVisible()
  await page.waitForLoadState('networkidle')
  await expect(page.locator('main iframe')).toHaveCount(0)
  expect(offSite).toEqual([])

  await play.click()
  const frame = page.locator('main figure[data-embed="youtube"] iframe')
  await expect(frame).toHaveAttribute('src', PLAYER)
  await expect(frame).toHaveAttribute('title', '한글 자막 예제 영상')
  await expect(page.frameLocator('main figure[data-embed="youtube"] iframe').getByText('player')).toBeVisible()
  expect(offSite).toEqual([PLAYER])
  expect(await violations()).toEqual([])
})

test('only a page with an embed allows the player frame', async ({ request }) => {
  const frames = async (path: string) => policiesOf(await request.get(path), '')[0].directives.get('frame-src') ?? []
  expect(await frames(POST)).toContain('https://www.youtube-nocookie.com')
  expect(await frames('/blog/fixture-01')).not.toContain('https://www.youtube-nocookie.com')
  expect(await frames('/')).not.toContain('https://www.youtube-nocookie.com')
})

test('reached by a client-side link (the previous page’s policy), the embed reloads into its own and plays', async ({ page }) => {
  await page.route('https://www.youtube-nocookie.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>player</title><p>player</p>' }),
  )
  await page.goto('/blog/fixture-05')
  await page.getByRole('navigation', { name: '이전 글과 다음 글' }).getByRole('link', { name: /픽스처 글 04$/ }).click()
  await expect(page).toHaveURL(new RegExp(`${POST}$`))
  await page.getByRole('button', { name: '동영상 재생: 한글 자막 예제 영상' }).click()
  await expect(page.locator('main figure[data-embed="youtube"] iframe')).toHaveAttribute('src', PLAYER)
  await expect(page.frameLocator('main figure[data-embed="youtube"] iframe').getByText('player')).toBeVisible()
})
