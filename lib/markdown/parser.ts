// The one Markdown parser. Pages (next-mdx-remote), feeds, the search index,
// headings, reading time and the content check all read a post body with
// these remark plugins, as MDX or as plain Markdown by its file (./format.ts),
// so none of them can disagree on what a post says.
import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified, type PluggableList } from 'unified'
import type { PostLanguage } from '../site/language'
import type { BodyFormat } from './format'
import { remarkAlerts } from './remark-alerts'
import { remarkHeadingIds } from './remark-heading-ids'

/** Syntax (GFM, `$math$`) and the tree changes every output shares: alerts, heading ids. */
export const remarkPlugins: PluggableList = [remarkGfm, remarkMath, remarkAlerts, remarkHeadingIds]

/** The same list for a post in another language (alert titles in it). */
export function remarkPluginsFor(lang: PostLanguage): PluggableList {
  return [remarkGfm, remarkMath, [remarkAlerts, { lang }], remarkHeadingIds]
}

/**
 * MDX (or Markdown) in, mdast out, remark plugins applied. next-mdx-remote adds
 * the same parsers itself (remark-parse, plus remark-mdx unless `format: 'md'`)
 * and takes `remarkPlugins`.
 */
export function createParser(format: BodyFormat = 'mdx') {
  const parser = unified().use(remarkParse)
  return (format === 'mdx' ? parser.use(remarkMdx) : parser).use(remarkPlugins)
}

const parsers = { md: createParser('md'), mdx: createParser('mdx') }

// contentlayer asks for several computed fields of one body in a row
// (readingTime, headings, hasMath): each body is parsed once, not per field.
const recentTrees = new Map<string, Root>()

/**
 * The tree of a body after the remark plugins. Shared between callers: read
 * it, never change it. Throws the parser's message on invalid MDX (the content
 * check reports it with its line before any build step reads a body).
 */
export function parseBody(body: string, format: BodyFormat = 'mdx'): Root {
  const key = `${format}\n${body}`
  let tree = recentTrees.get(key)
  if (!tree) {
    const parser = parsers[format]
    tree = parser.runSync(parser.parse(body)) as Root
    if (recentTrees.size >= 32) recentTrees.delete(recentTrees.keys().next().value!)
    recentTrees.set(key, tree)
  }
  return tree
}
