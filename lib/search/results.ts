// What a search shows for a post: its title and a verbatim snippet with the
// query's matches marked. Shared by the one-file engine (./engine) and the
// sharded one (./sharded-engine), without MiniSearch, which only the first needs.
import { highlight, snippet, words, type Segment } from './hangul'
import type { SearchDoc } from './index-file'

export type SearchResult = {
  title: Segment[]
  path: string
  date: string
  snippet: Segment[]
  score: number
}

/** The words of a query, as typed (NFC). */
export function queryWords(query: string): string[] {
  return words(query.normalize('NFC')).map((word) => word.text)
}

/** The text a result quotes: the first of summary, headings, body that shows a match. */
export function resultFor(doc: SearchDoc, terms: readonly string[], score: number): SearchResult {
  const fields = [doc.summary, doc.headings.replace(/\n/g, ' · '), doc.tags.map((tag) => `#${tag}`).join(' '), doc.body]
  let quote = snippet(doc.summary, terms)
  for (const text of fields) {
    const candidate = snippet(text, terms)
    if (candidate.matched) {
      quote = candidate
      break
    }
  }
  return { title: highlight(doc.title, terms), path: doc.path, date: doc.date, snippet: highlight(quote.text, terms), score }
}
