// Build time only: turns published posts into the search index file. The body
// is kept as its words in reading order, each word once, without code blocks:
// enough to find and quote a post, a fraction of its size.
import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { SKIP, visit } from 'unist-util-visit'
import type { TocEntry } from '../markdown/headings'
import type { IndexedPost, SearchIndexFile } from './index-file'

export type IndexablePost = {
  title: string
  path: string
  date: string
  tags: string[]
  summary?: string
  headings: TocEntry[]
  body: { raw: string }
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm)

// Nodes whose text a reader does not search for as prose: code, headings
// (indexed on their own), MDX imports and expressions.
const SKIPPED = new Set(['code', 'heading', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html'])

/** The prose of an MDX body as plain text, code blocks left out. */
export function bodyText(mdx: string): string {
  const tree = parser.parse(mdx) as Root
  const parts: string[] = []
  visit(tree, (node) => {
    if (SKIPPED.has(node.type)) return SKIP
    if (node.type === 'text' || node.type === 'inlineCode') parts.push(node.value)
    if (node.type === 'paragraph' || node.type === 'listItem' || node.type === 'tableCell') parts.push(' ')
    return undefined
  })
  return parts.join('').replace(/\s+/g, ' ').trim()
}

/**
 * Each whitespace-separated word once, in the order it first appears, leaving
 * out words already in `known` (title, summary, headings are indexed anyway)
 * and one-letter words (a one-letter query does not search bodies).
 */
export function distinctWords(text: string, known: string): string {
  const seen = new Set(known.split(/\s+/))
  const kept: string[] = []
  for (const word of text.split(/\s+/)) {
    if ([...word].length < 2 || seen.has(word)) continue
    seen.add(word)
    kept.push(word)
  }
  return kept.join(' ')
}

export function indexPost(post: IndexablePost): IndexedPost {
  const headings = post.headings.map((entry) => entry.text)
  const summary = post.summary ?? ''
  const known = [post.title, summary, ...headings].join(' ')
  return [post.title, post.path, post.date, post.tags, headings, summary, distinctWords(bodyText(post.body.raw), known)]
}

export function buildSearchIndex(posts: readonly IndexablePost[]): SearchIndexFile {
  return { version: 1, posts: posts.map(indexPost) }
}
