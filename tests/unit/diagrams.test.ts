// ```mermaid fences through the one pipeline (lib/markdown/diagrams.ts): a fence
// with its drawings in .diagrams/ becomes both SVGs inline; one without stays
// source for the reader's browser; the feed keeps the light drawing only.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { diagramFences, diagramFile, diagramFolder, diagramKey, diagramLabel } from '@/lib/markdown/diagrams'
import { renderFeedHtml } from '@/lib/markdown/feed-html'

const SOURCE = '%% 주문 흐름\nflowchart LR\n  a[주문] --> b[결제]'
const body = (meta = '') => `앞 문단.\n\n\`\`\`mermaid${meta}\n${SOURCE}\n\`\`\`\n`
const svg = (theme: string) => `<svg id="diagram-x-${theme}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><style>#diagram-x-${theme} .node{fill:red}</style><text>주문 ${theme}</text></svg>`

const contentDir = mkdtempSync(join(tmpdir(), 'diagram-unit-'))
const contentDirBefore = process.env.CONTENT_DIR
beforeAll(() => {
  process.env.CONTENT_DIR = contentDir
})
afterAll(() => {
  if (contentDirBefore === undefined) delete process.env.CONTENT_DIR
  else process.env.CONTENT_DIR = contentDirBefore
  rmSync(contentDir, { recursive: true, force: true })
})

describe('diagram fences', () => {
  it('are found with their line, and keyed by their source', () => {
    const fences = diagramFences(`# 제목\n\n${body()}`)
    expect(fences).toEqual([{ source: SOURCE, key: diagramKey(SOURCE), line: 5 }])
    expect(diagramKey(SOURCE)).not.toBe(diagramKey(`${SOURCE}\n  b --> c`))
  })
  it('are named by the meta title, else by their first comment', () => {
    expect(diagramLabel(SOURCE)).toEqual({ title: '주문 흐름', description: undefined })
    expect(diagramLabel(SOURCE, 'title="결제 순서" description="주문 다음에 결제"')).toEqual({ title: '결제 순서', description: '주문 다음에 결제' })
    // A directive is not a comment.
    expect(diagramLabel("%%{init: {'theme': 'forest'}}%%\nflowchart LR\n  a --> b").title).toBeUndefined()
  })
})

describe('a diagram in the feed', () => {
  const post = { url: 'https://blog.example.com/blog/a', siteUrl: 'https://blog.example.com' }

  it('without a drawing is its source, which a feed reader can read', async () => {
    const html = await renderFeedHtml(body(), { ...post, url: `${post.url}-undrawn` })
    expect(html).toContain('<figure class="diagram not-prose">')
    // As a plain code block (Shiki frames any <pre><code>).
    expect(html).toMatch(/<figure class="diagram not-prose"><pre [^>]*data-language="text"><code><span class="line"><span>%% 주문 흐름/)
    expect(html).not.toContain('data-diagram')
  })

  it('with its drawings is the light SVG, with its own style, named, captioned', async () => {
    mkdirSync(diagramFolder(contentDir), { recursive: true })
    for (const theme of ['light', 'dark'] as const) writeFileSync(diagramFile(diagramFolder(contentDir), diagramKey(SOURCE), theme), svg(theme))
    const html = await renderFeedHtml(body(' description="주문 다음에 결제"'), post)
    expect(html).toContain('<div class="diagram-light"><svg id="diagram-x-light"')
    expect(html).toContain('role="img" aria-label="주문 흐름"')
    expect(html).toContain('<desc>주문 다음에 결제</desc>')
    expect(html).toContain('<style>#diagram-x-light .node{fill:red}</style>')
    expect(html).toContain('<figcaption>주문 흐름</figcaption>')
    expect(html).not.toContain('diagram-x-dark')
  })
})
