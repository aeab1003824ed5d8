// The search index as a static file: prerendered by `next build`, written to
// out/search-index.json by the static export. The browser fetches it only
// when a reader first opens search.
import { getPublishedPosts } from '@/lib/content'
import { buildSearchIndex } from '@/lib/search/build-index'

export const dynamic = 'force-static'

export function GET() {
  // Every heading is searchable, even in a post that hides its table of contents.
  return Response.json(buildSearchIndex(getPublishedPosts()))
}
