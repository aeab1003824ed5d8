import { siteConfig } from '@/data/site-config'
import { renderOgImage } from '@/lib/publishing/og-image'

// The card for every page without one of its own, at a fixed address with a
// .png name: a metadata `opengraph-image` file would get a hashed URL that
// page metadata cannot point at, and no extension in a static export.
export const dynamic = 'force-static'

export function GET() {
  return renderOgImage({ title: siteConfig.description })
}
