// Build-time copies into public/ (both git-ignored):
// - KaTeX's stylesheet and fonts, linked only by posts with math (no CDN);
// - images kept next to their post (data/blog/x/diagram.png), served from
//   /content-assets/blog/x/diagram.png, where lib/markdown/rehype-plugins.ts points them.
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = join(dirname(createRequire(import.meta.url).resolve('katex/package.json')), 'dist')
const katex = join(root, 'public', 'katex')
mkdirSync(katex, { recursive: true })
cpSync(join(dist, 'katex.min.css'), join(katex, 'katex.min.css'))
cpSync(join(dist, 'fonts'), join(katex, 'fonts'), { recursive: true })

// Files are added, never removed: the e2e run builds two corpora that share public/.
const blogDir = join(resolve(root, process.env.CONTENT_DIR ?? 'data'), 'blog')
const assets = join(root, 'public', 'content-assets')
const files = existsSync(blogDir) ? readdirSync(blogDir, { recursive: true, encoding: 'utf8' }) : []
// Nothing from blog/_drafts/ (UNPUBLISHED_DIR in contentlayer.config.ts): its images would be served.
const unpublished = /^_drafts([/\\]|$)/
for (const file of files) {
  if (!/\.(png|jpe?g|gif|webp|avif|svg)$/i.test(file) || unpublished.test(file)) continue
  const target = join(assets, 'blog', file)
  mkdirSync(dirname(target), { recursive: true })
  cpSync(join(blogDir, file), target)
}
