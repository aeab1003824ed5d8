// Copies KaTeX's stylesheet and fonts from the npm package to public/katex/
// (git-ignored), where posts with math link them. No CDN: the site serves them.
import { cpSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = join(dirname(createRequire(import.meta.url).resolve('katex/package.json')), 'dist')
const target = join(root, 'public', 'katex')
mkdirSync(target, { recursive: true })
cpSync(join(dist, 'katex.min.css'), join(target, 'katex.min.css'))
cpSync(join(dist, 'fonts'), join(target, 'fonts'), { recursive: true })
