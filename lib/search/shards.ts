// Search whose bytes grow with the query, not with the site. At build time the
// index is cut into static JSON files (served as /search-index/<file>.json, in
// the static export too):
// - `dict.json`, fetched when search opens: the shard keys that exist and the post count;
// - one term shard per three-letter prefix of an index term (jamo form, see ./hangul:
//   어려운 is ㅇㅓㄹㅕㅇㅜㄴ, in shard ㅇㅓㄹ): each term with its postings [post id, score],
//   the score already weighted by field (title 16 > tags 8 > headings 4 > summary 2 >
//   body 1) and by how rare the term is;
// - short-field shards per two-letter prefix, for a one-letter query (the first
//   keystroke: ㅇ, 어, p), which looks at titles, tags, headings and summaries only;
// - one file per post (title, path, date, tags, headings, summary, body), fetched for
//   the results shown, so snippets stay verbatim excerpts.
import { indexTerms, toJamo, words } from './hangul'
import type { IndexedPost } from './index-file'

export const FIELD_BOOST = { title: 16, tags: 8, headings: 4, summary: 2, body: 1 } as const
type Field = keyof typeof FIELD_BOOST
const SHORT: readonly Field[] = ['title', 'tags', 'headings', 'summary']

/** term -> [post id, score][] */
export type TermShard = Record<string, [number, number][]>
/** The shard keys that exist: `t` term shards (keys of TERM_KEY letters), `s` short-field ones (SHORT_KEY). */
export type SearchDictionary = { version: 2; posts: number; t: string[]; s: string[] }

/** Letters of a term that name its shard: more letters, smaller shards, a longer dictionary. */
export const TERM_KEY = 3
export const SHORT_KEY = 2
export type ShardedIndex = { dictionary: SearchDictionary; shards: Map<string, TermShard>; posts: IndexedPost[] }

/** The file name of a shard key: code points in hex, so every name is plain ASCII. */
export function shardFile(kind: 't' | 's', key: string): string {
  return `${kind}-${[...key].map((ch) => ch.codePointAt(0)!.toString(16)).join('-')}`
}

/** The key of the shard a term lives in: its first `letters` letters (a shorter term is its own key). */
export function shardKey(term: string, letters: number): string {
  return [...term].slice(0, letters).join('')
}

function fieldsOf([title, , , tags, headings, summary, body]: IndexedPost): Record<Field, string> {
  return { title, tags: tags.join(' '), headings: headings.join('\n'), summary, body }
}

/** The index terms of a field's text: jamo and 초성 terms, 초성 left out of bodies (noise there). */
function termsOf(field: Field, text: string): string[] {
  return words(text).flatMap(({ text: word }) => (field === 'body' ? [toJamo(word)] : indexTerms(word)))
}

export function buildShardedIndex(posts: readonly IndexedPost[]): ShardedIndex {
  // BM25 per field, summed with the field boosts: the ranking MiniSearch gave the one-file index.
  const k1 = 1.2
  const b = 0.7
  const perField = posts.map((post) => {
    const fields = fieldsOf(post)
    return Object.fromEntries((Object.keys(FIELD_BOOST) as Field[]).map((f) => [f, termsOf(f, fields[f])])) as Record<Field, string[]>
  })
  const avg = Object.fromEntries(
    (Object.keys(FIELD_BOOST) as Field[]).map((f) => [f, perField.reduce((n, p) => n + p[f].length, 0) / Math.max(1, posts.length) || 1]),
  ) as Record<Field, number>
  const docFreq = new Map<string, number>()
  for (const fields of perField) for (const term of new Set(Object.values(fields).flat())) docFreq.set(term, (docFreq.get(term) ?? 0) + 1)

  const full = new Map<string, Map<number, number>>()
  const short = new Map<string, Map<number, number>>()
  perField.forEach((fields, id) => {
    for (const field of Object.keys(FIELD_BOOST) as Field[]) {
      const counts = new Map<string, number>()
      for (const term of fields[field]) counts.set(term, (counts.get(term) ?? 0) + 1)
      const norm = 1 - b + (b * fields[field].length) / avg[field]
      for (const [term, tf] of counts) {
        const n = docFreq.get(term) ?? 1
        const idf = Math.log(1 + (posts.length - n + 0.5) / (n + 0.5))
        const score = FIELD_BOOST[field] * idf * ((tf * (k1 + 1)) / (tf + k1 * norm))
        for (const target of SHORT.includes(field) ? [full, short] : [full]) {
          const postings = target.get(term) ?? new Map<number, number>()
          postings.set(id, (postings.get(id) ?? 0) + score)
          target.set(term, postings)
        }
      }
    }
  })

  const shards = new Map<string, TermShard>()
  const put = (file: string, term: string, postings: Map<number, number>) => {
    const shard = shards.get(file) ?? {}
    // Two decimals are enough to order results and keep the files small.
    shard[term] = [...postings].map(([id, score]) => [id, Math.round(score * 100) / 100])
    shards.set(file, shard)
  }
  const keys = { t: new Set<string>(), s: new Set<string>() }
  for (const [kind, terms, letters] of [['t', full, TERM_KEY], ['s', short, SHORT_KEY]] as const) {
    for (const [term, postings] of terms) {
      const key = shardKey(term, letters)
      keys[kind].add(key)
      put(shardFile(kind, key), term, postings)
    }
  }
  return {
    dictionary: { version: 2, posts: posts.length, t: [...keys.t].sort(), s: [...keys.s].sort() },
    shards,
    posts: [...posts],
  }
}
