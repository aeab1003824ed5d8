import type { NextConfig } from 'next'

const isExport = process.env.NEXT_OUTPUT === 'export'

const nextConfig: NextConfig = {
  // `npm run export` writes a static site to out/; every other build serves with `next start`.
  output: isExport ? 'export' : undefined,
  // Tests build a fixture corpus beside the real one; each gets its own folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  // Dynamic routes use dynamicParams = true (see app/blog/[...slug]/page.tsx), so
  // `next start` renders a 404 for each unknown URL once and caches it. Keep
  // that cache in a bounded in-memory LRU: a crawler inventing URLs must not
  // fill the disk. Prerendered pages are read from the build as usual.
  cacheMaxMemorySize: 32 * 1024 * 1024,
  experimental: { isrFlushToDisk: false },
}

export default nextConfig
