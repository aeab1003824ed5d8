import type { MetadataRoute } from 'next'
import { absoluteUrl, routes } from '@/lib/publishing/routes'

// Written once at build time, also into out/ by the static export.
export const dynamic = 'force-static'

export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/' }, sitemap: absoluteUrl(routes.sitemap()) }
}
