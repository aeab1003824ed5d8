// Absolute URLs for feeds, the sitemap, canonical links and JSON-LD. Every one
// starts from siteConfig.siteUrl, so moving the site is one line of config.
import { siteConfig } from '@/data/site-config'

/**
 * `path` resolved against the site URL, percent-encoded (`/tags/회고` becomes
 * `/tags/%ED%9A%8C%EA%B3%A0`), keeping any path prefix of the site URL. An
 * absolute URL is returned as is (normalised).
 */
export function absoluteUrl(path: string, siteUrl: string = siteConfig.siteUrl): string {
  const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`
  return new URL(path.replace(/^\/+/, ''), base).href
}
