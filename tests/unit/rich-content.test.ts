import type { Blockquote } from 'mdast'
import { describe, expect, it } from 'vitest'
import { mdxComponentNames } from '@/lib/markdown/component-names'
import { mdxComponents } from '@/components/mdx-components'
import { relatedPosts } from '@/lib/content'
import { hasMath } from '@/lib/markdown/headings'
import { parseBody } from '@/lib/markdown/parser'
import { parseCodeMeta } from '@/lib/markdown/rehype-plugins'

describe('parseCodeMeta', () => {
  it('reads a title and the line-number switch from a code fence', () => {
    expect(parseCodeMeta('title="app.ts" showLineNumbers {1,3-4}')).toEqual({ title: 'app.ts', showLineNumbers: true })
    expect(parseCodeMeta("title='설정 파일.ts'")).toEqual({ title: '설정 파일.ts', showLineNumbers: false })
    expect(parseCodeMeta('{2}')).toEqual({ title: undefined, showLineNumbers: false })
  })
})

describe('remarkAlerts', () => {
  const alertOf = (markdown: string) => {
    const tree = parseBody(markdown)
    const node = tree.children[0]
    if (node.type !== 'blockquote') throw new Error('expected a blockquote')
    return node
  }
  const texts = (node: Blockquote) =>
    node.children.map((child) => (child.type === 'paragraph' ? child.children.map((c) => ('value' in c ? c.value : '')).join('') : ''))

  it('turns > [!WARNING] into a titled warning box', () => {
    const node = alertOf('> [!WARNING]\n> 조심할 내용')
    expect(node.data?.hName).toBe('div')
    expect(node.data?.hProperties?.className).toEqual(['markdown-alert', 'markdown-alert-warning'])
    expect(texts(node)).toEqual(['경고', '조심할 내용'])
  })
  it('leaves ordinary quotes and unknown kinds alone', () => {
    expect(alertOf('> 그냥 인용').data?.hName).toBeUndefined()
    expect(alertOf('> [!RANDOM]\n> 내용').data?.hName).toBeUndefined()
  })
})

describe('hasMath', () => {
  it('finds inline and block math, not a $ inside code', () => {
    expect(hasMath('인라인 $E = mc^2$ 수식')).toBe(true)
    expect(hasMath('$$\n\\frac{1}{3}\n$$')).toBe(true)
    expect(hasMath('가격은 `$5`이다')).toBe(false)
    expect(hasMath('수식이 없는 글')).toBe(false)
  })
})

describe('relatedPosts', () => {
  const post = (slug: string, date: string, tags: string[], draft = false) => ({ slug, title: slug, date, tags, draft })
  const self = post('self', '2024-01-10', ['리치', 'React'])
  const posts = [
    self,
    post('one-tag-new', '2024-01-09', ['react']),
    post('two-tags', '2024-01-01', ['리치', 'REACT']),
    post('one-tag-old', '2023-01-01', ['리치']),
    post('draft', '2024-01-08', ['리치', 'react'], true),
    post('future', '2999-01-01', ['리치', 'react']),
    post('unrelated', '2024-01-09', ['기타']),
  ]
  it('ranks by shared tags, then recency; never itself, a draft or a future post', () => {
    expect(relatedPosts(self, posts).map((p) => p.slug)).toEqual(['two-tags', 'one-tag-new', 'one-tag-old'])
    expect(relatedPosts(self, posts, 1).map((p) => p.slug)).toEqual(['two-tags'])
  })
  it('has nothing for a post without tags', () => {
    expect(relatedPosts(post('bare', '2024-01-01', []), posts)).toEqual([])
  })
})

describe('MDX components', () => {
  it('the renderer provides exactly the components the content check allows', () => {
    const named = Object.keys(mdxComponents).filter((name) => /^[A-Z]/.test(name))
    expect(named.sort()).toEqual([...mdxComponentNames].sort())
  })
})
