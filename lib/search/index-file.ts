// The search index file served at /search-index.json: one compact tuple per
// published post, built at build time, read by the browser when search opens.
import { routes } from '../publishing/routes'

/** title, path, ISO date, tags, headings, summary, body text (verbatim prose, see build-index.ts) */
export type IndexedPost = [string, string, string, string[], string[], string, string]

export type SearchIndexFile = { version: 1; posts: IndexedPost[] }

export type SearchDoc = {
  id: number
  title: string
  path: string
  date: string
  tags: string[]
  headings: string
  summary: string
  body: string
}

export const SEARCH_INDEX_URL = routes.searchIndex()

export function readIndexFile(file: SearchIndexFile): SearchDoc[] {
  return file.posts.map(([title, path, date, tags, headings, summary, body], id) => ({
    id,
    title,
    path,
    date,
    tags,
    headings: headings.join('\n'),
    summary,
    body,
  }))
}
