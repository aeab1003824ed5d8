// Every request that reaches this proxy (see `matcher` below):
// - Next answers 500 when a dynamic route receives a malformed percent-encoding
//   such as `/tags/%A0`. A reader (or a crawler) sending one gets a plain 400.
// - A tag in the author's or a reader's spelling (`/tags/DevOps`, `/tags/Next.js`)
//   is a 308 to the tag's own URL. Here and not in the page: a redirect thrown
//   while Next renders a page sends `Location` twice (vercel/next.js#82117). The
//   static export has a forwarding page for each spelling instead (components/tag-spelling.tsx).
// - A page gets its own Content-Security-Policy, with the hashes of its inline
//   scripts; an unknown URL the prerendered 404 page (lib/site/csp-manifest.ts).
// `.server.ts`: `next start` and `next dev` only; the static export has no
// proxy (see pageExtensions in next.config.ts) and carries its policy in each page.
import { NextResponse, type NextRequest } from 'next/server'
import { canonicalTagPath } from '@/lib/content/tag-spelling'
import { documentResponse } from '@/lib/site/csp-manifest'

export function proxy(request: NextRequest) {
  let pathname: string
  try {
    pathname = decodeURIComponent(request.nextUrl.pathname)
  } catch {
    return new NextResponse('Bad Request: malformed percent-encoding in the URL', { status: 400 })
  }
  const canonical = canonicalTagPath(pathname)
  if (canonical) {
    const url = request.nextUrl.clone()
    url.pathname = canonical
    return NextResponse.redirect(url, 308)
  }
  if (request.headers.has('rsc')) return NextResponse.next()
  return documentResponse(request, pathname)
}

export const config = {
  matcher: [
    // Static assets never carry user-typed paths, and a path without `%` cannot
    // hold a malformed escape: only those reach the proxy. Running it on every
    // request halved `next start`'s throughput on a post page (BENCHMARKS.md).
    '/((?!_next/static|_next/image|static/).*%.*)',
    // Tag pages, for spellings of a tag, client-side navigations included.
    '/tags/:path+',
    // Pages, for their policy: everything but build assets, public/ folders,
    // the API and client-side navigations (`rsc`: a payload, not a page; Next
    // sends `Vary: rsc` so caches keep the two apart). Not by `Accept`: a
    // cache in front would hand a policy fetched by curl to browsers.
    {
      source: '/((?!_next/|static/|katex/|content-assets/|api/).*)',
      missing: [{ type: 'header', key: 'rsc' }],
    },
  ],
}
