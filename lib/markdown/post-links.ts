// Links between posts written as file paths (`./other.mdx`, `../blog/x.mdx#section`),
// as an editor or GitHub shows them. The content check (which proves the file is a
// post) and the renderer (rehypePostLinks: pages and feeds) resolve them by this one rule.
import { existsSync, readFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'
import { parse } from 'yaml'
import { postLanguageFromPath, postSlugFromPath } from '../content/slug'
import { siteLanguage } from '../site/language'
import { routes } from '../publishing/routes'
import { fileNameOf, isAbsoluteUrl, postAssetUrl } from './post-assets.mjs'

const POST_FILE = /\.mdx?$/i

export type PostFileLink = {
  /** the linked file inside the content folder: `blog/rich/part-1.mdx` */
  path: string
  /** `#section` as written (with the `#`), or '' */
  fragment: string
}

/**
 * The post file a relative link of a post names, or undefined when `href` is
 * not a relative `.md`/`.mdx` path (site paths, other sites and anchors are not).
 * `postDir` is the post's folder in the content folder (`blog/rich`).
 */
export function postFileLink(postDir: string, href: string): PostFileLink | undefined {
  if (isAbsoluteUrl(href) || href.startsWith('/') || href.startsWith('#')) return undefined
  const file = fileNameOf(href)
  if (!POST_FILE.test(file)) return undefined
  const path = posix.normalize(posix.join(postDir, file))
  if (path.startsWith('../') || path === '..') return undefined
  return { path: path.normalize('NFC'), fragment: /#.*$/.exec(href)?.[0] ?? '' }
}

/** The `slug:` of a post file's frontmatter, '' when it has none (or cannot be read). */
function frontmatterSlug(file: string): string {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/.exec(readFileSync(/*turbopackIgnore: true*/ file, 'utf8'))
  try {
    const data: unknown = match ? parse(match[1], { schema: 'core' }) : undefined
    const slug = data && typeof data === 'object' && 'slug' in data ? data.slug : undefined
    return typeof slug === 'string' ? slug : ''
  } catch {
    return ''
  }
}

/**
 * `href` of an `<a>` after the rewrite: a relative `.mdx` link becomes the
 * linked post's URL (its `slug:` override honoured), a relative image link its
 * copy's URL; everything else stays.
 */
function rewrite(dir: string, contentDir: string, href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined
  const link = postFileLink(dir, href)
  // A link to an image kept next to the post goes to its served copy, as the image itself does.
  if (!link) return postAssetUrl(dir, href)
  const file = join(/*turbopackIgnore: true*/ contentDir, link.path)
  // A missing file is the content check's to report; the link is left as written.
  if (!existsSync(/*turbopackIgnore: true*/ file)) return undefined
  return routes.post(postSlugFromPath(link.path, frontmatterSlug(file)), postLanguageFromPath(link.path, siteLanguage)) + link.fragment
}

/** Relative `.mdx` links of a post (`dir`: its folder in the content folder) point at the linked post's page. */
export function rehypePostLinks({ dir, contentDir = join(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DIR ?? 'data') }: { dir: string; contentDir?: string }) {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'element' && (node as Element).tagName === 'a') {
        const href = rewrite(dir, contentDir, node.properties.href)
        if (href) node.properties.href = href
      }
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'a') {
        const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'href')
        const href = attr && rewrite(dir, contentDir, attr.value)
        if (attr && href) attr.value = href
      }
    })
  }
}
