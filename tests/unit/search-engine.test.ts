import { describe, expect, it } from 'vitest'
import { bodyText, buildSearchIndex, type IndexablePost } from '@/lib/search/build-index'
import { createSearchEngine, createSearchEngineAsync } from '@/lib/search/engine'
import { readIndexFile } from '@/lib/search/index-file'
import { SEED_TITLE, corpus } from './support/search-corpus'

const engine = createSearchEngine(readIndexFile(JSON.parse(JSON.stringify(buildSearchIndex(corpus())))))
const titles = (query: string) => engine.search(query).map((r) => r.title.map((s) => s.text).join(''))

describe('search over data/blog', () => {
  const queries = ['어려운', '어려', '문제', '가장 어려운 문제', '문제 어려운 가장', 'ㅇㄹㅇ', 'ㅁㅈ', '얼', '어려우', 'ㅇ', '어', '어려ㅇ', 'pact', 'Pact', 'PACT', 'Terraform', 'terraform', 'self-evalutaion', 'evalu', 'jmap']
  it.each(queries)('finds the seed post for %s', (query) => {
    expect(titles(query)).toContain(SEED_TITLE)
  })

  it('puts a title match first: 어려운 ranks the seed post above posts that only mention it', () => {
    expect(titles('어려운')[0]).toBe(SEED_TITLE)
    expect(titles('젠킨스')[0]).toBe('젠킨스 OOM을 heap dump로 추적하기')
  })

  it('needs every word of the query', () => {
    expect(titles('어려운 쿠버네티스')).toEqual([])
    expect(titles('zzqx')).toEqual([])
    expect(titles('   ')).toEqual([])
  })

  it('does not find words that only occur inside code blocks', () => {
    const post: IndexablePost = {
      title: '코드 예제',
      path: '/blog/code',
      date: '2024-01-01T00:00:00.000Z',
      tags: [],
      headings: [],
      searchText: bodyText('설명 문장 `inlineWord`\n\n```ts\nconst secretWord = 1\n```\n'),
    }
    const small = createSearchEngine(readIndexFile(buildSearchIndex([post])))
    expect(small.search('secretWord')).toEqual([])
    expect(small.search('inlineword').map((r) => r.path)).toEqual(['/blog/code'])
    expect(small.search('설명').map((r) => r.path)).toEqual(['/blog/code'])
  })

  it('highlights the match in title and snippet', () => {
    const hit = engine.search('ㅁㅈ').find((r) => r.title.map((s) => s.text).join('') === SEED_TITLE)
    if (!hit) throw new Error('seed post not found')
    expect(hit.title.filter((s) => s.match).map((s) => s.text)).toEqual(['문제', '문제'])
    expect(hit.snippet.some((s) => s.match)).toBe(true)
    expect(hit.date.slice(0, 4)).toBe('2023')
    expect(hit.path).toBe('/blog/hardest-problem-i-solved')
  })
})

describe('createSearchEngineAsync', () => {
  it('indexes in chunks and answers like the synchronous engine', async () => {
    const docs = readIndexFile(buildSearchIndex(corpus()))
    const chunked = await createSearchEngineAsync(docs, 1)
    for (const query of ['ㅇㄹㅇ', 'pact', '가장 어려운 문제', '젠킨스']) {
      expect(chunked.search(query)).toEqual(createSearchEngine(docs).search(query))
    }
  })
})

describe('build-index', () => {
  it('keeps prose and inline code, drops code blocks and headings', () => {
    const text = bodyText('## 제목\n\n본문 `jmap` 글\n\n```ts\nconst secretWord = 1\n```\n\n- 목록')
    expect(text).toBe('본문 jmap 글 목록')
  })
  it('keeps the prose verbatim: repeated words, one-letter words, link text, alerts without their marker', () => {
    const text = bodyText('가나 나다 가나 a **굵게**와 [링크](/x) 글.\n\n> [!NOTE]\n> 알림 내용\n\n![그림 설명](/a.png)')
    expect(text).toBe('가나 나다 가나 a 굵게와 링크 글. 알림 내용')
  })
})
