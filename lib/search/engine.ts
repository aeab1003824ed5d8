// Search over the index file with MiniSearch: every field is indexed as jamo
// and 초성 terms (see ./hangul), every query word is a prefix, all words must
// match (any order), and fields weigh title > tags > headings > summary > body.
import MiniSearch from 'minisearch'
import { indexTerms, queryTerm, words } from './hangul'
import type { SearchDoc } from './index-file'
import { queryWords, resultFor, type SearchResult } from './results'

export { queryWords, resultFor, type SearchResult }

const FIELDS = ['title', 'tags', 'headings', 'summary', 'body'] as const
const BOOST = { title: 16, tags: 8, headings: 4, summary: 2, body: 1 }
// A one-letter query (the first keystroke: ㅇ, 어, p) would expand to most of
// the body's words; it looks at the short fields only, and stays fast.
const SHORT_FIELDS = ['title', 'tags', 'headings', 'summary']

export type SearchEngine = { search: (query: string, limit?: number) => SearchResult[]; size: number }

export function createSearchEngine(docs: readonly SearchDoc[]): SearchEngine {
  const { index, engine } = setup(docs)
  index.addAll(docs)
  return engine
}

/**
 * The same, indexing a few posts at a time between tasks, so a large blog
 * never freezes the page while search opens.
 */
export async function createSearchEngineAsync(docs: readonly SearchDoc[], chunkSize = 16): Promise<SearchEngine> {
  const { index, engine } = setup(docs)
  await index.addAllAsync(docs, { chunkSize })
  return engine
}

function setup(docs: readonly SearchDoc[]): { index: MiniSearch<SearchDoc>; engine: SearchEngine } {
  // Words repeat across posts: decompose each distinct word once.
  const termCache = new Map<string, string[]>()
  const termsOf = (word: string) => {
    let terms = termCache.get(word)
    if (!terms) termCache.set(word, (terms = indexTerms(word)))
    return terms
  }
  const index = new MiniSearch<SearchDoc>({
    fields: [...FIELDS],
    extractField: (doc, field) => {
      if (field === 'id') return doc.id
      if (field === 'tags') return doc.tags.join(' ')
      return field === 'title' || field === 'headings' || field === 'summary' || field === 'body' ? doc[field] : ''
    },
    tokenize: (text) => words(text).map((word) => word.text),
    // 초성 terms for the short fields only: in bodies they mostly add noise.
    processTerm: (term, field) => (field === 'body' ? termsOf(term)[0] : termsOf(term)),
    searchOptions: {
      boost: BOOST,
      prefix: true,
      combineWith: 'AND',
      tokenize: (text) => queryWords(text),
      processTerm: (term) => queryTerm(term),
    },
  })
  const byId = new Map(docs.map((doc) => [doc.id, doc]))

  function search(query: string, limit = 20): SearchResult[] {
    const terms = queryWords(query)
    if (terms.length === 0) return []
    const short = terms.join('').length === 1
    return index
      .search(query, short ? { fields: SHORT_FIELDS } : {})
      .slice(0, limit)
      .flatMap((hit) => {
        const doc = byId.get(hit.id)
        return doc ? [resultFor(doc, terms, hit.score)] : []
      })
  }

  return { index, engine: { search, size: docs.length } }
}
