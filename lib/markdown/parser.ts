// The one Markdown parser. Pages (next-mdx-remote), feeds, the search index,
// headings, reading time and the content check all read a post body as MDX
// with these remark plugins, so none of them can disagree on what a post says.
import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified, type PluggableList } from 'unified'
import { remarkAlerts } from './remark-alerts'
import { remarkHeadingIds } from './remark-heading-ids'

/** Syntax (GFM, `$math$`) and the tree changes every output shares: alerts, heading ids. */
export const remarkPlugins: PluggableList = [remarkGfm, remarkMath, remarkAlerts, remarkHeadingIds]

/**
 * MDX in, mdast out, remark plugins applied. next-mdx-remote adds the same
 * two parsers itself (remark-parse + remark-mdx) and takes `remarkPlugins`.
 */
export function createParser() {
  return unified().use(remarkParse).use(remarkMdx).use(remarkPlugins)
}

const parser = createParser()

// contentlayer asks for several computed fields of one body in a row
// (readingTime, headings, hasMath): each body is parsed once, not per field.
const recentTrees = new Map<string, Root>()

/**
 * The tree of an MDX body after the remark plugins. Shared between callers:
 * read it, never change it. Throws the parser's message on invalid MDX (the
 * content check reports it with its line before any build step reads a body).
 */
export function parseBody(mdx: string): Root {
  let tree = recentTrees.get(mdx)
  if (!tree) {
    tree = parser.runSync(parser.parse(mdx)) as Root
    if (recentTrees.size >= 32) recentTrees.delete(recentTrees.keys().next().value!)
    recentTrees.set(mdx, tree)
  }
  return tree
}
