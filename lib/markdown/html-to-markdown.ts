// HTML (a Tistory backup page's body) to Markdown, for `npm run import`. Lives
// here because it is the one other place that turns documents into syntax
// trees; it writes Markdown our own parser then reads like any .md post.
import type { Element, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toMdast } from 'hast-util-to-mdast'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { toMarkdown } from 'mdast-util-to-markdown'
import { SKIP, visit } from 'unist-util-visit'

// Blog furniture around a post (ads, share buttons, "other posts in this category"), never the writer's text.
const FURNITURE = /(^|\s)(revenue_unit_wrap|another_category|container_postbtn|postbtn_like|adsbygoogle|kakao_ad_area)(\s|$)/
const DROPPED = new Set(['script', 'style', 'noscript', 'iframe', 'ins', 'button', 'form', 'template'])

export const classesOf = (node: Element): string[] => {
  const value: unknown = node.properties.className
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : []
}

/** Every element below `tree` that passes `test`, in document order. */
export function findAll(tree: Root | Element, test: (node: Element) => boolean): Element[] {
  const found: Element[] = []
  visit(tree, 'element', (node) => {
    if (node !== tree && test(node)) found.push(node)
  })
  return found
}

export const findFirst = (tree: Root | Element, test: (node: Element) => boolean): Element | undefined => findAll(tree, test)[0]

/** The first element whose class list has `name`. */
export const findByClass = (tree: Root | Element, name: string) => findFirst(tree, (node) => classesOf(node).includes(name))

const hasHeaderCells = (table: Element) => findFirst(table, (node) => node.tagName === 'th') !== undefined

/** Parses a whole HTML page or a fragment. */
export function parseHtml(html: string): Root {
  return fromHtml(html, { fragment: !/<html[\s>]/i.test(html) })
}

/**
 * Markdown for an HTML body: headings, lists, tables, code blocks (with their
 * language, also when only the `<pre>` names it, as Tistory writes it) and
 * images. `rewriteSrc` maps each image address (to a file next to the post).
 */
export function htmlToMarkdown(body: Root | Element, rewriteSrc: (src: string) => string = (src) => src): string {
  const root: Root = body.type === 'root' ? structuredClone(body) : { type: 'root', children: structuredClone(body.children) }
  visit(root, 'element', (node, index, parent) => {
    if (parent && index !== undefined && (DROPPED.has(node.tagName) || classesOf(node).some((name) => FURNITURE.test(name)))) {
      parent.children.splice(index, 1)
      return [SKIP, index]
    }
    // A table without header cells (Tistory's editor writes only <td>): its first row is the header.
    if (node.tagName === 'table' && !hasHeaderCells(node)) {
      const firstRow = findFirst(node, (child) => child.tagName === 'tr')
      for (const cell of firstRow?.children ?? []) if (cell.type === 'element' && cell.tagName === 'td') cell.tagName = 'th'
    }
    if (node.tagName === 'img' && typeof node.properties.src === 'string') node.properties.src = rewriteSrc(node.properties.src)
    if (node.tagName === 'pre') {
      const code = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code')
      const language = classesOf(node).find((name) => /^[a-z][\w+#-]*$/i.test(name) && name !== 'code')
      if (code && language && !classesOf(code).some((name) => name.startsWith('language-'))) {
        code.properties.className = [...classesOf(code), `language-${language.replace(/^(lang|language)-/, '')}`]
      }
    }
  })
  const mdast = toMdast(root)
  return toMarkdown(mdast, { extensions: [gfmToMarkdown()], bullet: '-', emphasis: '_', rule: '-', fences: true }).trim() + '\n'
}
