import { expect, test } from '@playwright/test'
import { LOCAL_HOSTS } from './support/servers'

// Issue 11, Add: share a post. The URL shared is the post's canonical URL.
const POST = '/blog/hardest-problem-i-solved'
const TITLE = '내가 해결한 문제 중 가장 어려운 문제는 무엇이었나?'

test('with the Web Share API, 공유하기 opens it with the post URL and title', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __shared: ShareData[] }
    w.__shared = []
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async (data: ShareData) => void w.__shared.push(data),
    })
  })
  await page.goto(POST)
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
  expect(canonical).toMatch(/\/blog\/hardest-problem-i-solved$/)
  const share = page.getByRole('region', { name: '이 글 공유하기' })
  await share.getByRole('button', { name: '공유하기…' }).click()
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared))
    .toEqual([{ title: TITLE, url: canonical }])
  // Copy is there too.
  await expect(share.getByRole('button', { name: '링크 복사' })).toBeVisible()
})

test('without it, there is no share button, and 링크 복사 puts the post URL on the clipboard', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const offsite: string[] = []
  page.on('request', (request) => {
    if (!LOCAL_HOSTS.has(new URL(request.url()).hostname)) offsite.push(request.url())
  })
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', { configurable: true, value: undefined })
  })
  await page.goto(POST)
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
  const share = page.getByRole('region', { name: '이 글 공유하기' })
  await expect(share.getByRole('button', { name: '링크 복사' })).toBeVisible()
  await expect(share.getByRole('button', { name: '공유하기…' })).toHaveCount(0)

  await share.getByRole('button', { name: '링크 복사' }).click()
  await expect(share.getByRole('button', { name: '링크를 복사했습니다' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: '링크를 복사했습니다' })).toHaveCount(1)
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical)

  // X and Facebook are plain links carrying the URL; nothing of theirs loads.
  const encoded = encodeURIComponent(canonical!)
  await expect(share.getByRole('link', { name: 'X에 공유' })).toHaveAttribute('href', new RegExp(`^https://x\\.com/intent/post\\?url=${encoded.replace(/[.?*+^$()|[\]\\]/g, '\\$&')}&text=`))
  await expect(share.getByRole('link', { name: '페이스북에 공유' })).toHaveAttribute(
    'href',
    `https://www.facebook.com/sharer/sharer.php?u=${encoded}`,
  )
  await page.waitForLoadState('networkidle')
  expect(offsite).toEqual([])
})
