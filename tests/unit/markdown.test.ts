// lib/markdown/: one parser and plugin list for pages, feeds, search, headings,
// reading time and the content check; one set of post-image path rules.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkContent } from '@/lib/content-check'
import { renderFeedHtml } from '@/lib/markdown/feed-html'
import { tableOfContents } from '@/lib/markdown/headings'
import { parseBody } from '@/lib/markdown/parser'
import {
  contentAssetUrl,
  isExternalUrl,
  isPostAsset,
  postAssetPath,
  postAssetUrl,
  publicFile,
} from '@/lib/markdown/post-assets.mjs'
import { postText } from '@/lib/markdown/text'
import { bodyText } from '@/lib/search/build-index'
import { t } from '@/lib/site/i18n'

describe('post image paths', () => {
  it('tells another site, a data: URL and a fragment from a path of ours', () => {
    for (const src of ['https://cdn.example.com/a.png', '//cdn.example.com/a.png', 'data:image/png;base64,AA', 'HTTP://X', '#top']) {
      expect(isExternalUrl(src), src).toBe(true)
    }
    for (const src of ['/static/a.png', './a.png', 'a.png', '../x/a.png', 'a:b.png'.replace(':', '-')]) {
      expect(isExternalUrl(src), src).toBe(false)
    }
  })

  it('serves an image next to a post from /content-assets/, the copy scripts/copy-assets.mjs makes', () => {
    expect(postAssetUrl('blog/rich', './local-diagram.svg')).toBe('/content-assets/blog/rich/local-diagram.svg')
    expect(postAssetUrl('blog/rich', 'sub/그림.png?v=2')).toBe(`/content-assets/blog/rich/sub/${encodeURIComponent('그림')}.png?v=2`)
    expect(postAssetUrl('blog/a/b', '../shared.png')).toBe('/content-assets/blog/a/shared.png')
    expect(contentAssetUrl('blog/x/a.png')).toBe('/content-assets/blog/x/a.png')
    // Site paths, other sites and paths out of the content folder are not post assets.
    expect(postAssetUrl('blog/rich', '/static/a.png')).toBeUndefined()
    expect(postAssetUrl('blog/rich', 'https://example.com/a.png')).toBeUndefined()
    expect(postAssetPath('blog', '../../etc/passwd')).toBeUndefined()
    // Only image files under blog/ are copied, so only those are served.
    expect(isPostAsset('blog/x/a.SVG')).toBe(true)
    expect(isPostAsset('blog/x/notes.txt')).toBe(false)
    expect(isPostAsset('authors/a.png')).toBe(false)
    expect(postAssetUrl('blog/x', 'notes.txt')).toBeUndefined()
  })

  it('reads /x.png from public/, percent-decoded, never outside it', () => {
    const pub = join('/site', 'public')
    expect(publicFile('/static/%EA%B7%B8%EB%A6%BC.png?x#y', pub)).toBe(join(pub, 'static', '그림.png'))
    expect(publicFile('/../secret.png', pub)).toBeUndefined()
    expect(publicFile('./a.png', pub)).toBeUndefined()
    expect(publicFile('/bad%zz.png', pub)).toBe(join(pub, 'bad%zz.png'))
  })
})

describe('the content check reads images by the same rules', () => {
  it('refuses an image next to the post that would not be served, and one outside the content folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'post-assets-'))
    try {
      mkdirSync(join(dir, 'blog', 'x'), { recursive: true })
      for (const file of ['ok.svg', 'notes.txt']) writeFileSync(join(dir, 'blog', 'x', file), '<svg xmlns="http://www.w3.org/2000/svg"/>')
      writeFileSync(join(dir, 'outside.png'), '')
      const body = ['![](./ok.svg)', '', '![](./notes.txt)', '', '![](../../outside.png)', '', '![](../../../etc/a.png)', '', '![](https://cdn.example.com/a.png)']
      writeFileSync(join(dir, 'blog', 'x', 'post.mdx'), ['---', "title: '글'", "date: '2024-01-01'", '---', '', ...body].join('\n'))
      const issues = await checkContent(dir)
      expect(issues.map((issue) => [issue.line, issue.found, issue.problem])).toEqual([
        [8, './notes.txt', 'the image ./notes.txt is not published with the post'],
        // In the content folder but not under blog/: copy-assets would not copy it.
        [10, '../../outside.png', 'the image ../../outside.png is not published with the post'],
        [12, '../../../etc/a.png', 'the image ../../../etc/a.png is outside the content folder'],
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('the parsed text', () => {
  const body = [
    '## 소제목',
    '',
    '첫 문장에 **굵은 글**과 `code`, 수식 $E = mc^2$ 이 있다.',
    '',
    '```ts',
    'const hidden = 1',
    '```',
    '',
    '> [!TIP]',
    '> 알림의 글',
    '',
    '<Image src="/static/images/blog-diagram.svg" alt="대체 글" />',
  ].join('\n')

  it('is the prose as written, with headings for reading time and without them for search', () => {
    expect(postText(parseBody(body))).toBe('소제목 첫 문장에 굵은 글과 code, 수식 E = mc^2 이 있다. 알림의 글')
    expect(bodyText(body)).toBe('첫 문장에 굵은 글과 code, 수식 E = mc^2 이 있다. 알림의 글')
  })

  it('gives table-of-contents entries the ids the renderer puts on the headings', async () => {
    const source = '## 같은 제목\n\n## 같은 제목\n\n### C++ & C#'
    const toc = tableOfContents(source)
    expect(toc.map((entry) => entry.id)).toEqual(['같은-제목', '같은-제목-1', 'c--c'])
    const html = await renderFeedHtml(source, { url: 'https://blog.example.com/blog/x' })
    for (const { id } of toc) expect(html).toContain(`id="${id}"`)
  })
})

describe('renderFeedHtml', () => {
  const site = 'https://blog.example.com'
  const render = (mdx: string, dir?: string) => renderFeedHtml(mdx, { url: `${site}/blog/rich/post`, siteUrl: site, dir })

  it('is the page body: KaTeX math, alerts with their title, highlighted code, footnotes', async () => {
    const html = await render(
      ['인라인 $E = mc^2$ 수식.[^1]', '', '> [!NOTE]', '> 참고할 내용', '', '```ts', 'const a = 1', '```', '', '[^1]: 각주 글'].join('\n'),
    )
    expect(html).toContain('<span class="katex">')
    expect(html).toContain('<annotation encoding="application/x-tex">E = mc^2</annotation>')
    expect(html).not.toMatch(/\$[^$<]+\$/)
    // MathML only: the HTML copy needs KaTeX's stylesheet, which a reader does not have.
    expect(html).not.toContain('katex-html')
    expect(html).toContain(`<p class="markdown-alert-title">${t.alerts.note}</p>`)
    expect(html).not.toContain('[!NOTE]')
    expect(html).toMatch(/<pre class="shiki[^"]*"[^>]*data-language="ts"/)
    expect(html).toContain(`href="${site}/blog/rich/post#user-content-fn-1"`)
  })

  it('makes every href and src absolute, images next to the post included, and sizes images from public/', async () => {
    const html = await render(
      [
        '![옆 그림](./local-diagram.svg) ![사이트 그림](/static/images/blog-diagram.svg) ![남의 그림](https://cdn.example.com/a.png)',
        '',
        '[다음 글](./part-3) [처음](/blog) [위로](#top) [메일](mailto:a@example.com)',
      ].join('\n'),
      'blog/rich',
    )
    expect(html).toContain(`src="${site}/content-assets/blog/rich/local-diagram.svg"`)
    expect(html).toContain(`<img src="${site}/static/images/blog-diagram.svg" alt="사이트 그림" width="800" height="400">`)
    expect(html).toContain('src="https://cdn.example.com/a.png"')
    expect(html).toContain(`href="${site}/blog/rich/part-3"`)
    expect(html).toContain(`href="${site}/blog"`)
    expect(html).toContain(`href="${site}/blog/rich/post#top"`)
    expect(html).toContain('href="mailto:a@example.com"')
    expect(html).not.toMatch(/(?:href|src)="(?!https?:|mailto:)/)
  })

  it('leaves nothing interactive: no heading self-links, scripts, buttons or event handlers; JSX becomes plain HTML', async () => {
    const html = await render(
      [
        '## 절 제목',
        '',
        '<details open><summary>요약</summary>안의 *글*</details>',
        '',
        '<button onClick={() => alert(1)}>누르기</button>',
        '',
        '<kbd onclick="alert(1)">Ctrl</kbd> 키',
        '',
        '<Image src="./local-diagram.svg" alt="컴포넌트 그림" width={400} />',
      ].join('\n'),
      'blog/rich',
    )
    expect(html).toContain('<h2 id="절-제목">절 제목</h2>')
    expect(html).not.toContain('heading-anchor')
    expect(html).toContain('<details open><summary>요약</summary>')
    expect(html).toContain('<kbd>Ctrl</kbd>')
    expect(html).not.toMatch(/<button|<script|onclick|alert/i)
    expect(html).not.toContain('<p></p>')
    // Sized too once scripts/copy-assets.mjs has copied it (any build has).
    expect(html).toMatch(new RegExp(`<img src="${site}/content-assets/blog/rich/local-diagram.svg" alt="컴포넌트 그림"( width="\\d+" height="\\d+")?>`))
  })
})
