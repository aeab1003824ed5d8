import { expect, test } from '@playwright/test'
import { chooseTheme, themeButton } from './support/theme'

// Issue 11, item 8: the toggle could not go back to following the OS, and its label never changed.
test('the theme button goes light → dark → back to following the OS, and says so each time', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/')
  const button = themeButton(page)
  const html = page.locator('html')
  await expect(button).toHaveAttribute('aria-label', '화면 테마: 시스템 설정 (누르면 어두운 테마)')
  await expect(html).not.toHaveClass(/dark/)

  await button.click()
  await expect(button).toHaveAttribute('aria-label', '화면 테마: 어두운 테마 (누르면 밝은 테마)')
  await expect(button).toHaveAttribute('data-theme-choice', 'dark')
  await expect(html).toHaveClass(/dark/)

  await button.click()
  await expect(button).toHaveAttribute('aria-label', '화면 테마: 밝은 테마 (누르면 시스템 설정)')
  await expect(html).not.toHaveClass(/dark/)
  // An explicit choice holds against the OS. With the OS dark now, the next click is dark, then the OS again.
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(html).not.toHaveClass(/dark/)
  await expect(button).toHaveAttribute('aria-label', '화면 테마: 밝은 테마 (누르면 어두운 테마)')
  await button.click()
  await expect(button).toHaveAttribute('aria-label', '화면 테마: 어두운 테마 (누르면 시스템 설정)')
  await expect(html).toHaveClass(/dark/)

  // Back to the OS: it is dark, so the page stays dark, and follows when the OS turns light again.
  await button.click()
  await expect(button).toHaveAttribute('aria-label', '화면 테마: 시스템 설정 (누르면 밝은 테마)')
  await expect(html).toHaveClass(/dark/)
  await page.emulateMedia({ colorScheme: 'light' })
  await expect(html).not.toHaveClass(/dark/)
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('system')
})

test('following a dark OS, the first paint is dark and the first click goes light', async ({ page }) => {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('main')) return
      ;(window as unknown as { __firstDark?: boolean }).__firstDark = document.documentElement.classList.contains('dark')
      observer.disconnect()
    }).observe(document, { childList: true, subtree: true })
  })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/blog/hardest-problem-i-solved')
  expect(await page.evaluate(() => (window as unknown as { __firstDark?: boolean }).__firstDark)).toBe(true)
  await chooseTheme(page, '밝은 테마')
  await expect(page.locator('html')).not.toHaveClass(/dark/)
  await page.reload()
  expect(await page.evaluate(() => (window as unknown as { __firstDark?: boolean }).__firstDark)).toBe(false)
  await expect(themeButton(page)).toHaveAttribute('aria-label', '화면 테마: 밝은 테마 (누르면 어두운 테마)')
})
