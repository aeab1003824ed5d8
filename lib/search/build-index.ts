// Build time only: turns published posts into the search index file. The body
// is the post's prose as a reader sees it (lib/markdown/text.ts: no code
// blocks, no headings, which have their own field), so a result's snippet is
// always a verbatim excerpt of the post.
import type { BodyFormat } from '../markdown/format'
import { parseBody } from '../markdown/parser'
import { postText } from '../markdown/text'
import type { TocEntry } from '../markdown/headings'
import type { IndexedPost, SearchIndexFile } from './index-file'

export type IndexablePost = {
  title: string
  path: string
  date: string
  tags: string[]
  summary?: string
  headings: TocEntry[]
  /** the body's prose, `bodyText` of it: a computed field of every post (contentlayer.config.ts) */
  searchText: string
}

/** The prose of a body as plain text, code blocks and headings left out. */
export function bodyText(body: string, format: BodyFormat = 'mdx'): string {
  return postText(parseBody(body, format), { headings: false })
}

export function indexPost(post: IndexablePost): IndexedPost {
  const headings = post.headings.map((entry) => entry.text)
  return [post.title, post.path, post.date, post.tags, headings, post.summary ?? '', post.searchText]
}

export function buildSearchIndex(posts: readonly IndexablePost[]): SearchIndexFile {
  return { version: 1, posts: posts.map(indexPost) }
}
