import { expect, test } from '@playwright/test'

// Issue 11, item 4: "다음 글" (newer) sat on the left and "이전 글" on the right. Now the older post is on the left
// as 이전 글 (rel="prev"), the newer on the right as 다음 글 (rel="next"), and the label says which way each goes.
const POST = '/blog/한글-주소로-글쓰기' // 2023-09-02
const OLDER = '젠킨스 OOM을 heap dump로 추적하기' // 2023-08-14
const NEWER = 'MDX로 글 쓰는 법' // 2023-10-05

test('older post on the left as 이전 글, newer on the right as 다음 글, with the direction in their names', async ({
  page,
}) => {
  await page.goto(POST)
  const nav = page.getByRole('navigation', { name: '이전 글과 다음 글' })
  const older = nav.getByRole('link', { name: `이전 글(더 오래된 글): ${OLDER}` })
  const newer = nav.getByRole('link', { name: `다음 글(더 최근 글): ${NEWER}` })
  await expect(older).toBeVisible()
  await expect(newer).toBeVisible()
  await expect(older).toHaveText(`← 이전 글${OLDER}`)
  await expect(newer).toHaveText(`다음 글 →${NEWER}`)
  await expect(older).toHaveAttribute('rel', 'prev')
  await expect(newer).toHaveAttribute('rel', 'next')
  await expect(older).toHaveAttribute('href', '/blog/devops/jenkins-heap-dump')
  await expect(newer).toHaveAttribute('href', '/blog/mdx-writing-guide')

  const left = (await older.boundingBox())!
  const right = (await newer.boundingBox())!
  expect(left.x + left.width).toBeLessThanOrEqual(right.x)
  expect(Math.abs(left.y - right.y)).toBeLessThan(2)

  // On a phone they stack: older first.
  await page.setViewportSize({ width: 390, height: 844 })
  const top = (await older.boundingBox())!
  const bottom = (await newer.boundingBox())!
  expect(top.y + top.height).toBeLessThanOrEqual(bottom.y)

  // Following 이전 글 goes back in time.
  await older.click()
  await expect(page).toHaveURL(/\/blog\/devops\/jenkins-heap-dump$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(OLDER)
})

test('the oldest post has only 다음 글, the newest only 이전 글', async ({ page }) => {
  await page.goto('/blog/hardest-problem-i-solved')
  const nav = page.getByRole('navigation', { name: '이전 글과 다음 글' })
  await expect(nav.getByRole('link')).toHaveCount(1)
  await expect(nav.getByRole('link')).toHaveAttribute('rel', 'next')
  await expect(nav.getByRole('link')).toContainText('다음 글')
  await page.goto('/blog/mdx-writing-guide')
  await expect(nav.getByRole('link')).toHaveCount(1)
  await expect(nav.getByRole('link')).toHaveAttribute('rel', 'prev')
  await expect(nav.getByRole('link')).toContainText('이전 글')
})
