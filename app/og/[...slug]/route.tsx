import { getPublishedPosts } from '@/lib/content'
import { renderOgImage } from '@/lib/publishing/og-image'
import { decodeParam } from '@/lib/content/slug'

// One PNG per published post, drawn at build time: /og/<slug>.png. Drafts and
// future posts get none. (A metadata `opengraph-image` file cannot live under
// the catch-all [...slug] route, hence a route handler.)
export const dynamic = 'force-static'

export function generateStaticParams() {
  return getPublishedPosts().map((post) => {
    const segments = post.slug.split('/')
    return { slug: [...segments.slice(0, -1), `${segments.at(-1)}.png`] }
  })
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string[] }> }) {
  const segments = (await params).slug.map(decodeParam)
  const path = segments.includes(null) ? '' : segments.join('/')
  const post = path.endsWith('.png') ? getPublishedPosts().find((p) => p.slug === path.slice(0, -4)) : undefined
  if (!post) return new Response('Not Found', { status: 404 })
  return renderOgImage({ title: post.title, date: post.date })
}
