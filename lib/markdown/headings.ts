// Headings of a post: the table of contents and the rendered anchors both come
// from `collectHeadings`, so a TOC link always matches its heading's id.
import type { Heading, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { headingSlugger } from '../content/slug'

export type TocEntry = { depth: number; text: string; id: string }

function collectHeadings(tree: Root): { node: Heading; entry: TocEntry }[] {
  const slug = headingSlugger()
  const found: { node: Heading; entry: TocEntry }[] = []
  visit(tree, 'heading', (node) => {
    const text = toString(node).trim()
    found.push({ node, entry: { depth: node.depth, text, id: slug(text) } })
  })
  return found
}

/** Remark plugin used by the MDX renderer: gives every heading its id. */
export function remarkHeadingIds() {
  return (tree: Root) => {
    for (const { node, entry } of collectHeadings(tree)) {
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: entry.id } }
    }
  }
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkMath)

// contentlayer asks for several computed fields of the same body in a row
// (headings, hasMath): parse each body once, not once per field.
const recentTrees = new Map<string, Root>()
function parseBody(mdx: string): Root {
  let tree = recentTrees.get(mdx)
  if (!tree) {
    tree = parser.parse(mdx) as Root
    if (recentTrees.size >= 32) recentTrees.delete(recentTrees.keys().next().value!)
    recentTrees.set(mdx, tree)
  }
  return tree
}

/** The table of contents of an MDX body (h2 and deeper; h1 is the title). */
export function tableOfContents(mdx: string): TocEntry[] {
  const tree = parseBody(mdx)
  return collectHeadings(tree)
    .map(({ entry }) => entry)
    .filter((entry) => entry.depth >= 2)
}

/** Whether a body has `$…$` or `$$…$$` math (so its page loads KaTeX's stylesheet). */
export function hasMath(mdx: string): boolean {
  let found = false
  visit(parseBody(mdx), (node) => {
    if (node.type === 'math' || node.type === 'inlineMath') found = true
  })
  return found
}
