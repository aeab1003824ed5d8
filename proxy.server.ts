// Every request that reaches this proxy (see `matcher` below):
// - Next answers 500 when a dynamic route receives a malformed percent-encoding
//   such as `/tags/%A0`. A reader (or a crawler) sending one gets a plain 400.
// - A browser loading a page gets that page's Content-Security-Policy, with the
//   hashes of its inline scripts (lib/site/csp-manifest.ts).
// `.server.ts`: `next start` and `next dev` only; the static export has no
// proxy (see pageExtensions in next.config.ts) and carries its policy in each page.
import { NextResponse, type NextRequest } from 'next/server'
import { documentResponse, isDocumentRequest } from '@/lib/site/csp-manifest'

export function proxy(request: NextRequest) {
  let pathname: string
  try {
    pathname = decodeURIComponent(request.nextUrl.pathname)
  } catch {
    return new NextResponse('Bad Request: malformed percent-encoding in the URL', { status: 400 })
  }
  if (isDocumentRequest(request)) return documentResponse(request, pathname)
  return NextResponse.next()
}

export const config = {
  matcher: [
    // Static assets never carry user-typed paths, and a path without `%` cannot
    // hold a malformed escape: only those reach the proxy. Running it on every
    // request halved `next start`'s throughput on a post page (BENCHMARKS.md).
    '/((?!_next/static|_next/image|static/).*%.*)',
    // Page loads, for their policy: a browser asks for text/html; scripts,
    // images, feeds readers and client-side navigations (`rsc`) do not.
    {
      source: '/((?!_next/|static/|katex/|content-assets/|api/).*)',
      has: [{ type: 'header', key: 'accept', value: '.*text/html.*' }],
      missing: [{ type: 'header', key: 'rsc' }],
    },
  ],
}
