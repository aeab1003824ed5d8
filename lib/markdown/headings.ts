// Headings of a post, read from the same tree the pages render: a table of
// contents link is always its heading's id (set by remark-heading-ids.ts).
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import type { BodyFormat } from './format'
import { parseBody } from './parser'

export type TocEntry = { depth: number; text: string; id: string }

/** The table of contents of a body (h2 and deeper; h1 is the title). */
export function tableOfContents(body: string, format: BodyFormat = 'mdx'): TocEntry[] {
  const entries: TocEntry[] = []
  visit(parseBody(body, format), 'heading', (node) => {
    const id = node.data?.hProperties?.id
    if (node.depth >= 2 && typeof id === 'string') entries.push({ depth: node.depth, text: toString(node).trim(), id })
  })
  return entries
}

/** Whether a body has `$…$` or `$$…$$` math (so its page loads KaTeX's stylesheet). */
export function hasMath(body: string, format: BodyFormat = 'mdx'): boolean {
  let found = false
  visit(parseBody(body, format), (node) => {
    if (node.type === 'math' || node.type === 'inlineMath') found = true
  })
  return found
}
