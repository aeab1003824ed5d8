// The search index as a static file: prerendered by `next build`, written to
// out/search-index.json by the static export. The browser fetches it only
// when a reader first opens search.
import { getPublishedPosts, getToc } from '@/lib/content'
import { buildSearchIndex } from '@/lib/search/build-index'

export const dynamic = 'force-static'

export function GET() {
  const posts = getPublishedPosts().map((post) => ({ ...post, toc: getToc(post) }))
  return Response.json(buildSearchIndex(posts))
}
