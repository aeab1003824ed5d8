import { expect, test } from '@playwright/test'

// Issue 11, Add: image zoom and captions. /blog/한글-주소로-글쓰기 has a Markdown image and an <Image> component.
const POST = '/blog/한글-주소로-글쓰기'
const ALT = '블로그 구조를 그린 그림'

test('an image opens full screen by mouse and closes with Esc, focus back on it; its caption shows', async ({ page }) => {
  await page.goto(POST)
  const trigger = page.getByRole('button', { name: `그림 크게 보기: ${ALT}` })
  await expect(trigger).toBeVisible()
  await expect(page.locator('.prose .image-caption', { hasText: ALT })).toBeVisible()
  // Where the picture sits in the page (not the viewport: the page may scroll while it is open).
  const placed = () =>
    trigger.evaluate((el) => {
      const box = el.getBoundingClientRect()
      return { top: box.top + window.scrollY, left: box.left, width: box.width, height: box.height }
    })
  const before = await placed()
  const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight)

  await trigger.click()
  const dialog = page.getByRole('dialog', { name: ALT })
  await expect(dialog).toBeVisible()
  const large = dialog.locator('img')
  await expect(large).toHaveAttribute('alt', ALT)
  await expect(large).toHaveJSProperty('complete', true)
  expect((await large.boundingBox())!.width).toBeGreaterThan(before.width)
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(trigger).toBeFocused()

  // Nothing moved: the picture and the page are the size they were.
  expect(await placed()).toEqual(before)
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(pageHeight)
})

test('an image opens from the keyboard and closes with a click anywhere or its close button', async ({ page }) => {
  await page.goto(POST)
  const trigger = page.getByRole('button', { name: '그림 크게 보기: 같은 그림을 절반 크기로' })
  await trigger.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: '같은 그림을 절반 크기로' })
  await expect(dialog).toBeVisible()
  // The close button takes focus, so Tab never leaves the open picture.
  await expect(dialog.getByRole('button', { name: '닫기' })).toBeFocused()
  await page.mouse.click(10, 10)
  await expect(dialog).toHaveCount(0)
  await expect(trigger).toBeFocused()

  await page.keyboard.press('Space')
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Enter') // on 닫기
  await expect(dialog).toHaveCount(0)
})
