// Next answers 500 when a dynamic route receives a malformed percent-encoding
// such as `/tags/%A0`. A reader (or a crawler) sending one gets a plain 400.
// `.server.ts`: `next start` and `next dev` only; the static export has no
// proxy (see pageExtensions in next.config.ts).
import { NextResponse, type NextRequest } from 'next/server'

export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname)
  } catch {
    return new NextResponse('Bad Request: malformed percent-encoding in the URL', { status: 400 })
  }
  return NextResponse.next()
}

export const config = {
  // Static assets never carry user-typed paths, and a path without `%` cannot
  // hold a malformed escape: only those reach the proxy. Running it on every
  // request halved `next start`'s throughput on a post page (BENCHMARKS.md).
  matcher: '/((?!_next/static|_next/image|static/).*%.*)',
}
