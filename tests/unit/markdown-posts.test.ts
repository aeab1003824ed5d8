// `.md` posts (lib/markdown/format.ts): plain CommonMark + GFM through the same
// pipeline as `.mdx`, with the writer's inline HTML kept as inert markup
// (lib/markdown/safe-html.ts) on the page, in feeds and in the search text.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createElement } from 'react'
import * as devRuntime from 'react/jsx-dev-runtime'
import * as runtime from 'react/jsx-runtime'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { checkContent } from '@/lib/content-check'
import { compilePost } from '@/lib/markdown/compile-cache'
import { renderFeedHtml } from '@/lib/markdown/feed-html'
import { bodyFormatOf } from '@/lib/markdown/format'
import { tableOfContents } from '@/lib/markdown/headings'
import { parseBody } from '@/lib/markdown/parser'
import { isSafeUrl } from '@/lib/markdown/safe-html'
import { bodyText } from '@/lib/search/build-index'

// The injection corpus's .md post, which the browser tests open too.
const post = readFileSync('e2e/fixtures/injection/blog/markdown-html.md', 'utf8').replace(/^---[\s\S]*?\n---\n/, '')

/** The page's HTML of a body, as components/mdx-content.tsx runs the compiled code. */
async function pageHtml(body: string) {
  const code = await compilePost(body, { format: 'md' })
  const jsx = process.env.NODE_ENV === 'production' ? runtime : devRuntime
  const Content = (new Function('opts', code)(jsx) as { default: (props: { components: object }) => React.ReactNode }).default
  return renderToStaticMarkup(createElement(Content, { components: {} }))
}

describe('.md posts', { timeout: 60_000 }, () => {
  it('are told from .mdx by their extension', () => {
    expect(bodyFormatOf('blog/a.md')).toBe('md')
    expect(bodyFormatOf('blog/글.MD')).toBe('md')
    expect(bodyFormatOf('blog/a.mdx')).toBe('mdx')
  })

  it('parse what breaks an MDX compile: <br>, {braces}, a < b, comments', () => {
    const body = '줄<br>바꿈 {braces} a < b <!-- 주석 -->'
    expect(() => parseBody(body, 'mdx')).toThrow()
    expect(() => parseBody(body, 'md')).not.toThrow()
  })

  it('render inline HTML on the page and drop scripts, handlers and javascript: addresses', async () => {
    const html = await pageHtml(post)
    expect(html).toContain('첫 줄<br/>둘째 줄')
    expect(html).toContain('중괄호 {braces} 그대로, 부등호 a &lt; b 그대로.')
    expect(html).toMatch(/<img src="\/static\/images\/blog-diagram.svg" alt="인라인 그림" width="120"[^>]*>/)
    expect(html).toContain('<a>스크립트 링크</a>와 <b>굵은 글씨</b>.')
    // Markdown inside an HTML block is still Markdown.
    expect(html).toMatch(/<details><summary>더 보기<\/summary>\s*<p>접힌 <strong>마크다운<\/strong> 본문.<\/p>\s*<\/details>/)
    // The fence's meta (title="…") survives the HTML parse, and the heading keeps its id.
    expect(html).toContain('data-title="예시.js"')
    expect(html).toContain('id="줄바꿈과-기호"')
    for (const gone of ['이 주석은', '<script', 'alert(', 'onerror', 'onclick', 'javascript:']) expect(html).not.toContain(gone)
  })

  it('give feed readers the same markup, inert, with absolute addresses', async () => {
    const site = 'https://blog.example.com'
    const html = await renderFeedHtml(post, { url: `${site}/blog/markdown-html`, siteUrl: site, format: 'md' })
    expect(html).toContain('첫 줄<br>둘째 줄')
    expect(html).toContain(`<img src="${site}/static/images/blog-diagram.svg" alt="인라인 그림" width="120"`)
    expect(html).toContain('<b>굵은 글씨</b>')
    for (const gone of ['이 주석은', '<script', 'alert(', 'onerror', 'onclick', 'javascript:']) expect(html).not.toContain(gone)
  })

  it('are searched and timed by the text a reader sees', () => {
    const text = bodyText(post, 'md')
    expect(text).toContain('첫 줄 둘째 줄')
    expect(text).toContain('중괄호 {braces} 그대로, 부등호 a < b 그대로.')
    expect(text).toContain('스크립트 링크와 굵은 글씨.')
    expect(text).not.toMatch(/md-script|주석/)
    expect(tableOfContents(post, 'md')).toEqual([{ depth: 2, text: '줄바꿈과 기호', id: '줄바꿈과-기호' }])
  })

  it('allow only http(s), mailto, tel and relative addresses in HTML', () => {
    for (const url of ['https://example.com', 'http://x', 'mailto:a@b.kr', 'tel:010', '/a', './b.png', 'c.png', '#top', '/x?y=a:b', '//cdn.example.com/a.png']) {
      expect(isSafeUrl(url), url).toBe(true)
    }
    for (const url of ['javascript:alert(1)', ' JaVa\tScRiPt:alert(1)', 'data:text/html,<script>', 'vbscript:x', 'java\nscript:x']) {
      expect(isSafeUrl(url), url).toBe(false)
    }
  })
})

describe('the content check on .md posts', { timeout: 60_000 }, () => {
  it('names the line of what the page loses, checks <img> files, and refuses a.md beside a.mdx', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'md-posts-'))
    try {
      mkdirSync(join(dir, 'blog'), { recursive: true })
      const front = ['---', "title: '글'", "date: '2024-01-01'", '---', '']
      writeFileSync(join(dir, 'blog', 'a.md'), [...front, '첫 문단 {괄호} a < b', '', '<script>alert(1)</script>', '', '<img src="./없는.png">'].join('\n'))
      writeFileSync(join(dir, 'blog', 'a.mdx'), [...front, '본문.'].join('\n'))
      const issues = await checkContent(dir)
      expect(issues.map((issue) => [issue.file.replace(dir, ''), issue.line, issue.severity, issue.found])).toEqual([
        ['/blog/a.md', 8, 'warning', '<script>'],
        ['/blog/a.md', 10, 'error', './없는.png'],
        ['/blog/a.mdx', 1, 'error', 'a'],
      ])
      expect(issues[2].problem).toContain('the same name as .md and .mdx: keep one')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
