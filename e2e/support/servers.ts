// The two ways the site is served in production: `next start` (.next) and a
// static host (out/ from `npm run export`, served by nginx with
// deploy/nginx/blog.conf). Specs that loop over SERVERS must pass on both.
import type { Page } from '@playwright/test'
import { EXPORT_URL, SITE_URL } from '../../playwright.config'

export const SERVERS = [
  { name: 'next start', url: SITE_URL },
  { name: 'nginx export', url: EXPORT_URL },
] as const

/** Hosts a page may talk to when every integration is off. */
export const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/** Records Content-Security-Policy violations, as the page itself sees them, from before any script runs. */
export async function recordCspViolations(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] }
    w.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      w.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`)
    })
  })
  const consoleErrors: string[] = []
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`))
  return async () => {
    const seen = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)
    return [...seen, ...consoleErrors]
  }
}
