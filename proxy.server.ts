// Runs on `next start` and `next dev` only; the static export has no proxy (see pageExtensions in next.config.ts).
// 1. Next answers 500 when a dynamic route receives a malformed percent-encoding such as `/tags/%A0`. A reader (or
//    a crawler) sending one gets a plain 400.
// 2. A tag in the author's or a reader's spelling (`/tags/DevOps`, `/tags/Next.js`) is a 308 to the tag's own
//    URL. Here and not in the page: a redirect thrown while Next renders a page sends `Location` twice
//    (vercel/next.js#82117), which a proxy that merges headers turns into `/tags/devops, /tags/devops`.
//    The static export has a forwarding page for each spelling the posts use instead (components/tag-spelling.tsx).
import { NextResponse, type NextRequest } from 'next/server'
import { canonicalTagPath } from './lib/content/tag-spelling'

export function proxy(request: NextRequest) {
  let pathname: string
  try {
    pathname = decodeURIComponent(request.nextUrl.pathname)
  } catch {
    return new NextResponse('Bad Request: malformed percent-encoding in the URL', { status: 400 })
  }
  const canonical = canonicalTagPath(pathname)
  if (!canonical) return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = canonical
  return NextResponse.redirect(url, 308)
}

export const config = {
  // Static assets never carry user-typed paths, and a path without `%` cannot hold a malformed escape: only those,
  // and tag pages, reach the proxy. Running it on every request halved `next start`'s throughput on a post page
  // (BENCHMARKS.md).
  matcher: ['/((?!_next/static|_next/image|static/).*%.*)', '/tags/:path+'],
}
