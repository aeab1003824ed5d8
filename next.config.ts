import type { NextConfig } from 'next'
import { siteConfig } from './data/site-config'
import { securityHeaders } from './lib/site/security-headers'

const isExport = process.env.NEXT_OUTPUT === 'export'

const nextConfig: NextConfig = {
  // `npm run export` writes a static site to out/; every other build serves with `next start`.
  output: isExport ? 'export' : undefined,
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
  experimental: { isrFlushToDisk: false },
  // `next start` and `next dev`; a static export gets the same headers from
  // its host (deploy/nginx/security-headers.conf). Next skips headers() there.
  // Their CSP allows no inline script: proxy.server.ts gives each prerendered
  // page its own, with its scripts' hashes, which the build knows only after
  // this list is compiled.
  ...(isExport
    ? {}
    : {
        async headers() {
          const dev = process.env.NODE_ENV === 'development'
          const headers = securityHeaders(siteConfig.integrations, { dev, siteUrl: siteConfig.siteUrl })
          return [{ source: '/:path*', headers }]
        },
      }),
}

export default nextConfig
