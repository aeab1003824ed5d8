import { existsSync, readFileSync } from 'node:fs'
import type { NextConfig } from 'next'
import { siteConfig } from './data/site-config'
import { postRedirects, redirectSource } from './lib/content/redirects'
import { securityHeaders } from './lib/site/security-headers'

// The generated posts of this build (`contentlayer2 build` runs just before `next build`).
const GENERATED_POSTS = '.contentlayer/generated/Post/_index.json'

const isExport = process.env.NEXT_OUTPUT === 'export'

const nextConfig: NextConfig = {
  // `npm run export` writes a static site to out/; every other build serves with `next start`.
  output: isExport ? 'export' : undefined,
  // A sub-path (GitHub Pages project sites): data/site-config.ts, from siteUrl or BASE_PATH.
  basePath: siteConfig.basePath,
  // The same values in client code (search fetches its index under the sub-path): Next
  // inlines only these there, and data/site-config.ts reads them from the environment.
  env: { SITE_URL: siteConfig.siteUrl, BASE_PATH: siteConfig.basePath },
  // Tests build a fixture corpus beside the real one; each gets its own folder.
  // Not for the export: under `output: 'export'` a custom distDir becomes the
  // export folder itself while the build files still go to .next, so the
  // export always writes out/ (and overwrites .next: build it before the site).
  distDir: isExport ? '.next' : process.env.NEXT_DIST_DIR || '.next',
  // `*.server.ts` files need a server (proxy.server.ts, the newsletter route
  // handler): the static export leaves them out instead of failing on them
  // or warning that it ignores them.
  pageExtensions: isExport ? ['tsx', 'ts', 'jsx', 'js'] : ['tsx', 'ts', 'jsx', 'js', 'server.ts'],
  // `npm test` runs tsc over the whole project first, then builds five sites for
  // the browser tests: they skip Next's own second pass of the same check.
  typescript: { ignoreBuildErrors: process.env.SKIP_BUILD_TYPECHECK === '1' },
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  // Dynamic routes leave dynamicParams at its default, true (see lib/content/route-params.ts), so
  // `next start` renders a 404 for each unknown URL once and caches it. Keep
  // that cache in a bounded in-memory LRU: a crawler inventing URLs must not
  // fill the disk. Prerendered pages are read from the build as usual.
  cacheMaxMemorySize: 32 * 1024 * 1024,
  experimental: {
    isrFlushToDisk: false,
    // Prerender workers: Next's default is one core fewer than the machine has (one on two
    // cores). A second worker on two shared cores cost 30% more CPU (each warms its own
    // highlighter and renders its own copy of every feed's posts) and 0.8 GB more memory,
    // for no shorter build (100 posts, issue 15). NEXT_BUILD_CPUS sets a count on a bigger machine.
    ...(Number(process.env.NEXT_BUILD_CPUS) > 0 ? { cpus: Number(process.env.NEXT_BUILD_CPUS) } : {}),
  },
  // `next start` and `next dev`; a static export gets the same headers from
  // its host (deploy/nginx/security-headers.conf). Next skips headers() there.
  // Their CSP allows no inline script: proxy.server.ts gives each prerendered
  // page its own, with its scripts' hashes, which the build knows only after
  // this list is compiled.
  ...(isExport
    ? {}
    : {
        // Imported posts' old addresses: a 308 to the post (lib/content/redirects.ts).
        async redirects() {
          if (!existsSync(GENERATED_POSTS)) return []
          return postRedirects(JSON.parse(readFileSync(GENERATED_POSTS, 'utf8'))).map(({ from, to }) => ({
            source: redirectSource(from),
            destination: encodeURI(to),
            permanent: true,
          }))
        },
        async headers() {
          const dev = process.env.NODE_ENV === 'development'
          const headers = securityHeaders(siteConfig.integrations, { dev, siteUrl: siteConfig.siteUrl })
          return [{ source: '/:path*', headers }]
        },
      }),
}

export default nextConfig
