import { OG_IMAGE_SIZE } from '@/lib/metadata'
import { renderOgImage } from '@/lib/og-image'
import { siteConfig } from '@/data/site-config'

// The card for every page that has no image of its own.
export const size = OG_IMAGE_SIZE
export const contentType = 'image/png'
export const alt = siteConfig.title

export default function Image() {
  return renderOgImage({ title: siteConfig.description })
}
