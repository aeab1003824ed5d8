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
}

export default nextConfig
