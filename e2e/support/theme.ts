// The header's theme button cycles system → opposite of the OS → the OS's own → system (components/theme-toggle.tsx).
import { expect, type Page } from '@playwright/test'

export type ThemeName = '밝은 테마' | '어두운 테마' | '시스템 설정'

export const themeButton = (page: Page) => page.getByRole('button', { name: /^화면 테마/ })

/** Clicks the theme button (after hydration, when it knows the stored choice) until `want` is the current theme. */
export async function chooseTheme(page: Page, want: ThemeName) {
  const button = themeButton(page)
  await expect(button).toHaveAttribute('data-theme-choice', /^(light|dark|system)$/)
  for (let clicks = 0; clicks < 3; clicks++) {
    const label = (await button.getAttribute('aria-label')) ?? ''
    if (label.startsWith(`화면 테마: ${want} `)) return
    await button.click()
    await expect(button).not.toHaveAttribute('aria-label', label)
  }
  await expect(button).toHaveAttribute('aria-label', new RegExp(`^화면 테마: ${want} `))
}
