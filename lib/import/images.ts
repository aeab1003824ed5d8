// Images of an imported post move next to it: the post becomes a folder
// (`글/index.md` with `글/diagram.png`), so it needs nothing under public/ and
// keeps its images when moved. Other sites' images are left as they are.
import { existsSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { fileNameOf, isExternalUrl } from '../markdown/post-assets.mjs'
import { replaceNoting, type Note } from './post'

const MARKDOWN_IMAGE = /(!\[[^\]]*\]\()(<[^>]+>|[^)\s]+)((?:\s+"[^"]*")?\))/
const HTML_IMAGE = /(<img\b[^>]*?\bsrc=)(["'])([^"']+)\2/i

export type Where = { file: string; bodyLine: number; notes: Note[] }

/**
 * Rewrites the local images of a Markdown body to files next to the post.
 * `locate(src)` is the image's file in the source, or undefined when the source
 * does not have it (noted, link left alone).
 */
export function moveImages(body: string, locate: (src: string) => string | undefined, where: Where) {
  const assets: { from: string; to: string }[] = []
  const names = new Map<string, string>()
  const rewrite = (src: string, note: (message: string) => void) => {
    if (isExternalUrl(src) || src.startsWith('data:')) return src
    const from = locate(src)
    if (!from || !existsSync(from) || !statSync(from).isFile()) {
      note(`image ${src} is not in the source: the link is kept as it is; copy the file next to the post`)
      return src
    }
    let name = names.get(from)
    if (!name) {
      name = basename(fileNameOf(src))
      const taken = new Set(names.values())
      for (let i = 2; taken.has(name); i++) name = `${i}-${basename(fileNameOf(src))}`
      names.set(from, name)
      assets.push({ from, to: name })
    }
    return `./${name}`
  }
  let out = replaceNoting(body, MARKDOWN_IMAGE, (m, note) => {
    const src = m[2].replace(/^<|>$/g, '')
    return `${m[1]}${rewrite(src, note)}${m[3]}`
  }, where)
  out = replaceNoting(out, HTML_IMAGE, (m, note) => `${m[1]}${m[2]}${rewrite(m[3], note)}${m[2]}`, where)
  return { body: out, assets }
}

/** `slug.md`, or `slug/index.md` when the post brings images. */
export const targetFor = (slug: string, assets: unknown[]) => (assets.length > 0 ? `${slug}/index.md` : `${slug}.md`)
