import { mkdirSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { budgetFor } from './support/budget'
import { openSearch } from './support/search'

// Issue 11, acceptance 3: pictures of the pages a reader sees most, for a reviewer to look at:
// test-results/screenshots/<page>-<width>-<scheme>.png. Each also asserts the page is the one named.
const DIR = 'test-results/screenshots'
const PAGES = [
  { name: 'home', path: '/', heading: '개발 일지' },
  { name: 'post', path: '/blog/mdx-writing-guide', heading: 'MDX로 글 쓰는 법' },
  { name: 'tag', path: '/tags/회고', heading: '‘회고’ 태그의 글' },
  { name: 'search', path: '/search?q=젠킨스', heading: '검색' },
]

for (const width of [1280, 390]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`screenshots at ${width} px, ${scheme}`, async ({ page }) => {
      budgetFor(PAGES.length + 1)
      mkdirSync(DIR, { recursive: true })
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 })
      await page.emulateMedia({ colorScheme: scheme })
      for (const { name, path, heading } of PAGES) {
        await page.goto(path)
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
        await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /^(?!.*dark)/)
        if (name === 'search') await expect(page.locator('main').getByRole('link', { name: /젠킨스/ }).first()).toBeVisible()
        await page.evaluate(() => document.fonts.ready)
        await page.screenshot({ path: `${DIR}/${name}-${width}-${scheme}.png`, fullPage: true })
      }
      // The search dialog over a post, as a reader opens it.
      await page.goto('/blog/devops/jenkins-heap-dump')
      await openSearch(page)
      await page.keyboard.type('힙')
      await page.screenshot({ path: `${DIR}/search-dialog-${width}-${scheme}.png` })
    })
  }
}
