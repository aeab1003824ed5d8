// `next start`: each prerendered page's Content-Security-Policy, looked up
// per request by proxy.server.ts in the manifest the build's CSP step wrote
// (lib/site/csp-build.ts). Node runtime: the proxy runs there in Next 16.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { NextResponse, type NextRequest } from 'next/server'
import { CSP_MANIFEST_FILE, NOT_FOUND_PATH, distDir, type CspManifest } from './csp'

/**
 * Build assets, public/ folders and the API: served as they are, never a page
 * (the proxy's matcher skips them too, except for paths with a `%`).
 */
const PASS_THROUGH = /^\/(_next|static|katex|content-assets|api)\//

type Loaded = { pages: Map<string, string>; files: Set<string> }
let loaded: Loaded | null | undefined

function load(): Loaded | null {
  if (loaded !== undefined) return loaded
  const file = resolve(/* turbopackIgnore: true */ process.cwd(), distDir(), CSP_MANIFEST_FILE)
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as CspManifest
    loaded = { pages: new Map(Object.entries(manifest.pages)), files: new Set(manifest.files) }
  } catch {
    // Without it every page keeps the hash-less policy: safe, but no page hydrates. Say so once.
    console.error(
      `csp: ${file} is missing, so pages get a policy that allows no inline script. ` +
        'Build with `npm run build` (it runs the CSP step after `next build`).',
    )
    loaded = null
  }
  return loaded
}

/**
 * The page's own policy. A URL the build has no page or file for is answered
 * with the prerendered 404 page: a 404 Next renders on request carries a
 * payload naming the URL, whose hash nobody can know beforehand, and every
 * valid URL is prerendered anyway (the static export serves exactly these).
 */
export function documentResponse(request: NextRequest, pathname: string): NextResponse {
  if (process.env.NODE_ENV === 'development') return NextResponse.next()
  const manifest = load()
  if (!manifest) return NextResponse.next()
  const policy = manifest.pages.get(pathname)
  if (policy) return withPolicy(NextResponse.next(), policy)
  if (manifest.files.has(pathname) || PASS_THROUGH.test(pathname)) return NextResponse.next()
  const notFound = manifest.pages.get(NOT_FOUND_PATH)
  if (!notFound) return NextResponse.next()
  return withPolicy(NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url)), notFound)
}

function withPolicy(response: NextResponse, policy: string): NextResponse {
  response.headers.set('Content-Security-Policy', policy)
  return response
}
