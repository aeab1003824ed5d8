import type { MetadataRoute } from 'next'
import { sitemapEntries } from '@/lib/publishing/sitemap'

// Written once at build time, also into out/ by the static export.
export const dynamic = 'force-static'

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries()
}
