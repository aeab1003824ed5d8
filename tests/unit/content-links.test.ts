// Links that cannot break: one broken link of each kind per folder under
// tests/fixtures/bad-content/link-*/ (each beside a link of the same kind that
// works), and the relative `.mdx` links the renderer turns into post URLs.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkOnce } from '@/lib/content-check/cli'
import { renderFeedHtml } from '@/lib/markdown/feed-html'
import { postFileLink } from '@/lib/markdown/post-links'

const fixtures = 'tests/fixtures/bad-content'
// A wait, not a speed limit: a check takes well under a second, but not at load average 40.
const BUSY = { timeout: 60_000 }

type Case = { name: string; at: string; problem: string; hint?: string }

const cases: Case[] = [
  { name: 'link-missing-post', at: ':8:1', problem: 'the link /blog/othr goes to no post', hint: 'did you mean `/blog/other`?' },
  { name: 'link-missing-heading', at: ':10:1', problem: 'goes to no heading #두번째-절 in this post', hint: 'did you mean `두-번째-절`?' },
  {
    name: 'link-missing-heading-elsewhere',
    at: ':8:1',
    problem: 'goes to no heading #설치-방벋 in blog/other.mdx',
    hint: 'did you mean `설치-방법`?',
  },
  { name: 'link-missing-file', at: ':8:1', problem: 'the link ./othr.mdx goes to no post', hint: 'did you mean `./other.mdx`?' },
  { name: 'link-missing-tag', at: ':8:1', problem: 'the link /tags/회고록 goes to no tag page', hint: 'did you mean `회고`?' },
  { name: 'link-missing-image', at: ':8:1', problem: 'the linked file ./없는-그림.svg does not exist' },
  { name: 'link-to-draft', at: ':6:1', problem: 'a draft or future post: a published post must not link to it' },
]

describe('a broken link stops the build with its place and the nearest target', BUSY, () => {
  it.each(cases)('$name', async ({ name, at, problem, hint }) => {
    const { status, report } = await checkOnce(join(fixtures, name))
    expect(status).toBe(1)
    expect(report).toContain(`${join(fixtures, name, 'blog', 'post.mdx')}${at} error: `)
    expect(report).toContain(problem)
    if (hint) expect(report).toContain(hint)
    expect(report).toContain('expected: ')
    // The working link beside it (and the draft's link back) says nothing.
    expect(report).toContain('Content check: 1 error.')
  })
})

describe('relative .mdx links', BUSY, () => {
  it('name a post file relative to the post, keeping the fragment', () => {
    expect(postFileLink('blog/rich', './part-1.mdx')).toEqual({ path: 'blog/rich/part-1.mdx', fragment: '' })
    expect(postFileLink('blog/rich', '../fixture-01.md#소개')).toEqual({ path: 'blog/fixture-01.md', fragment: '#소개' })
    expect(postFileLink('blog', '/blog/x')).toBeUndefined()
    expect(postFileLink('blog', 'https://example.com/a.mdx')).toBeUndefined()
    expect(postFileLink('blog', './diagram.svg')).toBeUndefined()
    expect(postFileLink('blog', '../../outside.mdx')).toBeUndefined()
  })

  it('become the linked post URL in the HTML the feeds carry (the pages share the plugin)', async () => {
    const html = await renderFeedHtml('[한글 주소](./한글-주소로-글쓰기.mdx#시작) [밖](https://example.com/a.mdx)', {
      url: 'https://blog.example/blog/a',
      siteUrl: 'https://blog.example',
      dir: 'blog',
    })
    expect(html).toContain(`href="https://blog.example${encodeURI('/blog/한글-주소로-글쓰기#시작')}"`)
    expect(html).toContain('href="https://example.com/a.mdx"')
  })
})
