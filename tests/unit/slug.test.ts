import { describe, expect, it } from 'vitest'
import { headingSlugger, MAX_TAG_SLUG_BYTES, postSlugFromPath, tagSlug } from '@/lib/content/slug'

describe('tagSlug', () => {
  it('keeps C++, C# and C apart', () => {
    const slugs = ['C++', 'C#', 'C'].map(tagSlug)
    expect(slugs).toEqual(['c-plus-plus', 'c-sharp', 'c'])
    expect(new Set(slugs).size).toBe(3)
  })
  it('merges case and surrounding space', () => {
    expect(tagSlug('React')).toBe(tagSlug(' react '))
    expect(tagSlug('Next.js')).toBe('nextjs')
  })
  it('keeps Hangul and turns spaces into dashes', () => {
    expect(tagSlug('회고')).toBe('회고')
    expect(tagSlug('마이크로 서비스')).toBe('마이크로-서비스')
    // The seed's own spelling is kept as the author wrote it.
    expect(tagSlug('self-evalutaion')).toBe('self-evalutaion')
  })
  it('cuts a slug longer than a file name allows and keeps long tags apart with a hash', () => {
    const bytes = (text: string) => new TextEncoder().encode(text).length
    const long = tagSlug('가'.repeat(100))
    expect(bytes(long)).toBeLessThanOrEqual(MAX_TAG_SLUG_BYTES)
    expect(long).toMatch(/^가{37}-[0-9a-f]{8}$/)
    expect(tagSlug('가'.repeat(100))).toBe(long)
    expect(tagSlug(`${'가'.repeat(99)}나`)).not.toBe(long)
    expect(bytes(tagSlug('a'.repeat(5000)))).toBeLessThanOrEqual(MAX_TAG_SLUG_BYTES)
    // 40 syllables (120 bytes) still fit whole.
    expect(tagSlug('가'.repeat(40))).toBe('가'.repeat(40))
  })
  it('normalises decomposed Hangul (NFD from macOS file names) to NFC', () => {
    expect(tagSlug('회고'.normalize('NFD'))).toBe('회고')
  })
})

describe('postSlugFromPath', () => {
  it('takes the path below blog/ without the extension', () => {
    expect(postSlugFromPath('blog/hello.mdx')).toBe('hello')
    expect(postSlugFromPath('blog/devops/jenkins-heap-dump.mdx')).toBe('devops/jenkins-heap-dump')
    expect(postSlugFromPath('blog/한글-주소로-글쓰기.mdx')).toBe('한글-주소로-글쓰기')
    expect(postSlugFromPath('blog/series/index.mdx')).toBe('series')
  })
  it('lets a frontmatter slug win, and ignores an empty one', () => {
    expect(postSlugFromPath('blog/a.mdx', '/나의-글/')).toBe('나의-글')
    expect(postSlugFromPath('blog/a.mdx', '')).toBe('a')
  })
})

describe('headingSlugger', () => {
  it('gives repeated headings distinct ids and keeps Hangul', () => {
    const slug = headingSlugger()
    expect(slug('실질적인 결과물이 없었다')).toBe('실질적인-결과물이-없었다')
    expect(slug('요약')).toBe('요약')
    expect(slug('요약')).toBe('요약-1')
  })
})
