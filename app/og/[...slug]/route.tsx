import { ogImageParams, ogImagePostFromParam } from '@/lib/content/route-params'
import { postOgCard, renderOgImage } from '@/lib/publishing/og-image'

// One PNG per published post, drawn at build time: /og/<slug>.png. Drafts and
// future posts get none. (A metadata `opengraph-image` file cannot live under
// the catch-all [...slug] route, hence a route handler.)
export const dynamic = 'force-static'
export const generateStaticParams = ogImageParams

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string[] }> }) {
  const post = ogImagePostFromParam((await params).slug)
  if (!post) return new Response('Not Found', { status: 404 })
  return renderOgImage(postOgCard(post))
}
