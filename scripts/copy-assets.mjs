// Build-time copies into public/ (both git-ignored):
// - KaTeX's stylesheet and fonts, linked only by posts with math (no CDN);
// - images kept next to their post (data/blog/x/diagram.png), served from
//   /content-assets/blog/x/diagram.png: the rules of lib/markdown/post-assets.mjs,
//   which the renderer and the content check use too.
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { contentAssetUrl, isPostAsset } from '../lib/markdown/post-assets.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = join(dirname(createRequire(import.meta.url).resolve('katex/package.json')), 'dist')
const katex = join(root, 'public', 'katex')
mkdirSync(katex, { recursive: true })
cpSync(join(dist, 'katex.min.css'), join(katex, 'katex.min.css'))
cpSync(join(dist, 'fonts'), join(katex, 'fonts'), { recursive: true })

// Files are added, never removed: the e2e run builds two corpora that share public/.
const contentDir = resolve(root, process.env.CONTENT_DIR ?? 'data')
const blogDir = join(contentDir, 'blog')
const files = existsSync(blogDir) ? readdirSync(blogDir, { recursive: true, encoding: 'utf8' }) : []
// Nothing from blog/_drafts/ (UNPUBLISHED_DIR in contentlayer.config.ts): its images would be served.
const unpublished = /^blog\/_drafts(\/|$)/
for (const file of files) {
  const path = `blog/${file.split(sep).join('/')}`
  if (!isPostAsset(path) || unpublished.test(path)) continue
  const target = join(root, 'public', contentAssetUrl(path))
  mkdirSync(dirname(target), { recursive: true })
  cpSync(join(contentDir, path), target)
}
