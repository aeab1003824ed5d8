/**
 * KaTeX's stylesheet, rendered only by posts with math (post.hasMath), so no
 * other page downloads it. No `precedence`: React would then announce the
 * stylesheet in the RSC payload, and a page that merely prefetches a link to a
 * math post would download it. The file and its fonts are copied from the
 * katex package by scripts/copy-assets.mjs: no CDN.
 */
import { sitePath } from '@/lib/publishing/routes'

export function MathStyles() {
  // A plain <link> on purpose: importing the CSS would load it on every post of the route.
  return <link rel="stylesheet" href={sitePath('/katex/katex.min.css')} />
}
