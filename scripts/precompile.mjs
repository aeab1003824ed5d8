// The build helper (scripts/build.mjs starts it beside `next build`): compiles
// every post's page code, OG card and feed HTML into the build cache
// (lib/publishing/precompile.ts). It sees what Next's build sees: the same
// environment files (.env.production…), NODE_ENV=production, SITE_URL and
// BASE_PATH as next.config.ts gives them, the same cache folder.
import nextEnv from '@next/env'
import { join } from 'node:path'
import { importTs } from './lib/typescript.mjs'

const ROOT = join(import.meta.dirname, '..')

nextEnv.loadEnvConfig(ROOT, false, { info: () => {}, error: console.error })
// next.config.ts hands the build these two as `env`, which Next inlines; the cache keys read them.
const { siteConfig } = await importTs('data/site-config.ts')
Object.assign(process.env, { SITE_URL: siteConfig.siteUrl, BASE_PATH: siteConfig.basePath })
const { precompilePosts } = await importTs('lib/publishing/precompile.ts')
const started = Date.now()
const { pages, cards, feeds, failed } = await precompilePosts()
if (process.env.BUILD_HELPER_LOG) {
  console.error(`build helper: ${pages} pages, ${cards} cards, ${feeds} feed entries made or found in ${((Date.now() - started) / 1000).toFixed(1)} s${failed ? `, ${failed} left to the prerender` : ''}`)
}
