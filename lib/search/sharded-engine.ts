// Browser side of the sharded index (./shards): a query fetches the term shards
// its words fall in and the files of the posts it shows, nothing else; every
// file is fetched once and reused by later keystrokes.
import { queryTerm } from './hangul'
import { queryWords, resultFor, type SearchResult } from './results'
import { readIndexFile, type IndexedPost } from './index-file'
import { SHORT_KEY, shardFile, shardKey, TERM_KEY, type SearchDictionary, type TermShard } from './shards'

export type ShardSource = {
  dictionary: () => Promise<SearchDictionary>
  shard: (file: string) => Promise<TermShard>
  post: (id: number) => Promise<IndexedPost>
}

export type ShardedSearch = { search: (query: string, limit?: number) => Promise<SearchResult[]>; size: number }

/** A term that only starts with the query word counts for less than the whole word. */
const PREFIX_WEIGHT = 0.5

export async function createShardedSearch(source: ShardSource): Promise<ShardedSearch> {
  const dictionary = await source.dictionary()
  // A page of an older build still open in a tab may read a newer dictionary, or the other way round.
  if (dictionary.version !== 2) throw new Error(`search dictionary: version 2 expected, found ${String(dictionary.version)}`)
  const keys = { t: new Set(dictionary.t), s: new Set(dictionary.s) }
  /** The shards holding every term that starts with `term`: one, or for a term shorter than a key, all under it. */
  const filesFor = (kind: 't' | 's', term: string) => {
    const letters = kind === 't' ? TERM_KEY : SHORT_KEY
    if ([...term].length >= letters) {
      const key = shardKey(term, letters)
      return keys[kind].has(key) ? [shardFile(kind, key)] : []
    }
    return [...keys[kind]].filter((key) => key.startsWith(term)).map((key) => shardFile(kind, key))
  }
  const shards = new Map<string, Promise<TermShard>>()
  const posts = new Map<number, Promise<IndexedPost>>()
  const cached = <K, V>(cache: Map<K, Promise<V>>, key: K, load: (key: K) => Promise<V>) => {
    let value = cache.get(key)
    if (!value) {
      value = load(key)
      cache.set(key, value)
      // A failed fetch (offline) is tried again by the next keystroke.
      value.catch(() => cache.delete(key))
    }
    return value
  }

  async function scoresFor(term: string, shortOnly: boolean): Promise<Map<number, number>> {
    const loaded = await Promise.all(filesFor(shortOnly ? 's' : 't', term).map((file) => cached(shards, file, source.shard)))
    const scores = new Map<number, number>()
    for (const shard of loaded) {
      for (const [indexed, postings] of Object.entries(shard)) {
        if (!indexed.startsWith(term)) continue
        const weight = indexed === term ? 1 : PREFIX_WEIGHT
        for (const [id, score] of postings) scores.set(id, (scores.get(id) ?? 0) + score * weight)
      }
    }
    return scores
  }

  async function search(query: string, limit = 20): Promise<SearchResult[]> {
    const typed = queryWords(query)
    if (typed.length === 0) return []
    // A one-letter query would match most of the bodies' words: titles, tags, headings and summaries only.
    const shortOnly = typed.join('').length === 1
    const perWord = await Promise.all(typed.map((word) => scoresFor(queryTerm(word), shortOnly)))
    // Every word must match (any order).
    const [first, ...rest] = perWord
    const ranked = [...first]
      .filter(([id]) => rest.every((scores) => scores.has(id)))
      .map(([id, score]) => [id, rest.reduce((sum, scores) => sum + scores.get(id)!, score)] as const)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
    const shown = await Promise.all(ranked.map(([id]) => cached(posts, id, source.post)))
    return shown.map((post, i) => resultFor(readIndexFile({ version: 1, posts: [post] })[0], typed, ranked[i][1]))
  }

  return { search, size: dictionary.posts }
}
