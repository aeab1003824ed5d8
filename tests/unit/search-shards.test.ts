import { describe, expect, it } from 'vitest'
import { indexPost } from '@/lib/search/build-index'
import { createSearchEngine } from '@/lib/search/engine'
import { readIndexFile, type IndexedPost } from '@/lib/search/index-file'
import { createShardedSearch } from '@/lib/search/sharded-engine'
import { buildShardedIndex } from '@/lib/search/shards'
import { SEED_TITLE, corpus } from './support/search-corpus'

/** The sharded search over `posts`, served from memory through JSON, recording every file it fetched. */
async function sharded(posts: IndexedPost[]) {
  const index = JSON.parse(JSON.stringify({ ...buildShardedIndex(posts), shards: Object.fromEntries(buildShardedIndex(posts).shards) }))
  const fetched: string[] = []
  const search = await createShardedSearch({
    dictionary: async () => (fetched.push('dict'), index.dictionary),
    shard: async (file) => (fetched.push(file), index.shards[file]),
    post: async (id) => (fetched.push(`post ${id}`), index.posts[id]),
  })
  const titles = async (query: string) => (await search.search(query)).map((r) => r.title.map((s) => s.text).join(''))
  return { search, titles, fetched, index }
}

const posts = corpus().map(indexPost)

describe('sharded search over data/blog', () => {
  const queries = ['어려운', '어려', '문제', '가장 어려운 문제', '문제 어려운 가장', 'ㅇㄹㅇ', 'ㅁㅈ', '얼', '어려우', 'ㅇ', '어', '어려ㅇ', 'pact', 'Pact', 'PACT', 'Terraform', 'evalu', 'jmap']
  it.each(queries)('finds the seed post for %s, as the one-file engine does', async (query) => {
    const { titles } = await sharded(posts)
    expect(await titles(query)).toContain(SEED_TITLE)
    const engine = createSearchEngine(readIndexFile({ version: 1, posts }))
    expect(new Set(await titles(query))).toEqual(new Set(engine.search(query).map((r) => r.title.map((s) => s.text).join(''))))
  })

  it('fetches only the shards of the query and the posts it shows', async () => {
    const { search, fetched, index } = await sharded(posts)
    expect(fetched).toEqual(['dict'])
    await search.search('어려운')
    // 어려운 is ㅇㅓㄹㅕㅇㅜㄴ in jamo: one shard, ㅇㅓㄹ.
    expect(fetched.filter((f) => f.startsWith('t-') || f.startsWith('s-'))).toEqual(['t-3147-3153-3139'])
    expect(Object.keys(index.shards).length).toBeGreaterThan(20)
    // A one-letter query reads the short fields' shard of its letter only.
    await search.search('ㅇ')
    expect(fetched.filter((f) => f.startsWith('s-'))).toEqual(['s-23-3147'])
  })

  it('ranks title 16 > tags 8 > headings 4 > summary 2 > body 1', async () => {
    const post = (title: string, field: 'title' | 'tags' | 'headings' | 'summary' | 'body'): IndexedPost => [
      title,
      `/blog/${title}`,
      '2024-01-01T00:00:00.000Z',
      field === 'tags' ? ['배포'] : ['기타'],
      field === 'headings' ? ['배포 이야기'] : ['소제목'],
      field === 'summary' ? '배포에 관한 글' : '요약',
      field === 'body' ? '오늘은 배포를 했다. 다른 말도 적는다.' : '본문은 다른 말이다.',
    ]
    const fields = ['body', 'summary', 'headings', 'tags', 'title'] as const
    const { titles } = await sharded(fields.map((field) => post(field === 'title' ? '배포 일지' : field, field)))
    expect(await titles('배포')).toEqual(['배포 일지', 'tags', 'headings', 'summary', 'body'])
  })

  it('quotes the post verbatim around the match, with the match marked', async () => {
    const { search } = await sharded(posts)
    const [hit] = await search.search('Pact')
    const seed = posts.find(([title]) => title === SEED_TITLE)!
    const quote = hit.snippet.map((s) => s.text).join('')
    expect(seed[6]).toContain(quote.replace(/^…|…$/g, ''))
    expect(hit.snippet.some((s) => s.match && s.text === 'Pact')).toBe(true)
  })

  it('finds nothing for a word in no post, and says so when a file cannot be fetched', async () => {
    const { search } = await sharded(posts)
    expect(await search.search('없는낱말')).toEqual([])
    const offline = await createShardedSearch({
      dictionary: async () => buildShardedIndex(posts).dictionary,
      shard: () => Promise.reject(new TypeError('Failed to fetch')),
      post: () => Promise.reject(new TypeError('Failed to fetch')),
    })
    await expect(offline.search('어려운')).rejects.toThrow('Failed to fetch')
  })
})
