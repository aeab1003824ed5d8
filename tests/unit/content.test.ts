import { describe, expect, it } from 'vitest'
import { getTags, isPublished, paginate, pinnedFirst, sortPosts } from '@/lib/content'
import { frontmatterDate } from '@/lib/content/publishing-rule'

// Only the fields the queries read.
function post(title: string, date: string, tags: string[] = [], draft = false) {
  return { title, date, tags, draft }
}

describe('sortPosts', () => {
  it('puts the newest first and breaks ties by title', () => {
    const sorted = sortPosts([
      post('가', '2023-01-01T00:00:00Z'),
      post('다', '2023-07-30T15:00:00Z'),
      post('나', '2023-07-30T15:00:00Z'),
    ])
    expect(sorted.map((p) => p.title)).toEqual(['나', '다', '가'])
  })
})

describe('isPublished', () => {
  const now = new Date('2024-01-01T00:00:00Z')
  it('hides drafts and posts dated after the build', () => {
    expect(isPublished(post('a', '2023-12-31T15:00:00Z'), now)).toBe(true)
    expect(isPublished(post('b', '2023-12-31T15:00:00Z', [], true), now)).toBe(false)
    expect(isPublished(post('c', '2024-01-01T00:00:01Z'), now)).toBe(false)
  })
})

describe('pinnedFirst', () => {
  it('lifts pinned posts to the top, keeping the given order inside each group', () => {
    const posts = [
      { title: '새 글', pinned: false },
      { title: '고정 1', pinned: true },
      { title: '중간', pinned: false },
      { title: '고정 2', pinned: true },
    ]
    expect(pinnedFirst(posts).map((p) => p.title)).toEqual(['고정 1', '고정 2', '새 글', '중간'])
    expect(posts[0].title).toBe('새 글') // a copy: the date order others read is untouched
  })
})

describe('frontmatterDate', () => {
  it('reads a date as contentlayer does: a wall-clock time in the site zone unless it has an offset', () => {
    expect(frontmatterDate('2024-01-01', 'Asia/Seoul')).toBe('2023-12-31T15:00:00.000Z')
    expect(frontmatterDate('2024-07-01', 'America/New_York')).toBe('2024-07-01T04:00:00.000Z')
    expect(frontmatterDate('2024-01-01T09:00:00+09:00', 'America/New_York')).toBe('2024-01-01T00:00:00.000Z')
  })
})

describe('getTags', () => {
  it('counts posts per tag, merging case but not C++ / C# / C', () => {
    const tags = getTags([
      post('1', '2023-01-03', ['React', 'C++']),
      post('2', '2023-01-02', ['react', 'C#', '회고']),
      post('3', '2023-01-01', ['C', '회고', 'REACT']),
    ])
    const counts = Object.fromEntries(tags.map((tag) => [tag.slug, [tag.name, tag.count]]))
    expect(counts).toEqual({
      react: ['React', 3],
      '회고': ['회고', 2],
      'c-plus-plus': ['C++', 1],
      'c-sharp': ['C#', 1],
      c: ['C', 1],
    })
    expect(tags[0].slug).toBe('react')
  })
  it('counts a post once even when it repeats a tag in two spellings', () => {
    expect(getTags([post('1', '2023-01-01', ['React', 'react'])])).toEqual([{ slug: 'react', name: 'React', count: 1 }])
  })
})

describe('paginate', () => {
  const items = Array.from({ length: 23 }, (_, i) => i + 1)
  it('slices pages and reports the page count', () => {
    expect(paginate(items, 1, 10)).toEqual({ items: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], page: 1, totalPages: 3 })
    expect(paginate(items, 3, 10)?.items).toEqual([21, 22, 23])
  })
  it('has no page 0, no negative page and none past the end', () => {
    expect(paginate(items, 0, 10)).toBeNull()
    expect(paginate(items, -1, 10)).toBeNull()
    expect(paginate(items, 4, 10)).toBeNull()
    expect(paginate(items, NaN, 10)).toBeNull()
  })
  it('gives an empty list one empty page', () => {
    expect(paginate([], 1, 10)).toEqual({ items: [], page: 1, totalPages: 1 })
  })
})
