import { describe, expect, it } from 'vitest'
import { getPublishedPosts, groupByYear } from '@/lib/content'
import Parser from 'rss-parser'
import { buildFeed, escapeHtml, serializeFeed } from '@/lib/publishing/feed'
import { renderFeedHtml } from '@/lib/markdown/feed-html'
import { DEFAULT_OG_IMAGE, ogLocale, blogPostingJsonLd, postMetadata, serializeJsonLd } from '@/lib/publishing/metadata'
import { absoluteUrl } from '@/lib/publishing/routes'

describe('absoluteUrl', () => {
  it('joins paths onto the site URL and percent-encodes Hangul', () => {
    expect(absoluteUrl('/tags/회고', 'https://blog.example.com')).toBe('https://blog.example.com/tags/%ED%9A%8C%EA%B3%A0')
    expect(absoluteUrl('/', 'https://blog.example.com')).toBe('https://blog.example.com/')
  })
  it('keeps a path prefix of the site URL and leaves absolute URLs alone', () => {
    expect(absoluteUrl('/feed.xml', 'https://example.com/blog')).toBe('https://example.com/blog/feed.xml')
    expect(absoluteUrl('https://elsewhere.example/a', 'https://blog.example.com')).toBe('https://elsewhere.example/a')
  })
})

describe('serializeJsonLd', () => {
  it('cannot close the script tag, and parses back to the same data', () => {
    const data = { headline: '</script><script>alert(1)</script> A < B & 한글 "따옴표" \u2028' }
    const json = serializeJsonLd(data)
    expect(json).not.toMatch(/[<>&\u2028]/)
    expect(JSON.parse(json)).toEqual(data)
  })
})

describe('ogLocale', () => {
  it('writes BCP 47 tags the Open Graph way', () => {
    expect(ogLocale('ko-KR')).toBe('ko_KR')
    expect(ogLocale('en-US')).toBe('en_US')
  })
})

describe('escapeHtml', () => {
  it('escapes the characters HTML gives meaning to', () => {
    expect(escapeHtml('A < B & "C" > D')).toBe('A &lt; B &amp; &quot;C&quot; &gt; D')
  })
})

describe('groupByYear', () => {
  it('groups by the year in the site time zone, newest first', () => {
    const posts = [
      { title: '가', date: '2023-12-31T15:00:00Z' }, // 2024-01-01 in Seoul
      { title: '나', date: '2023-06-01T00:00:00Z' },
      { title: '다', date: '2022-01-01T00:00:00Z' },
    ]
    const groups = groupByYear(posts, 'Asia/Seoul')
    expect(groups.map((g) => [g.year, g.posts.map((p) => p.title)])).toEqual([
      ['2024', ['가']],
      ['2023', ['나']],
      ['2022', ['다']],
    ])
  })
})

describe('renderFeedHtml', () => {
  it('renders Markdown and GFM, unwraps components, keeps images and makes links absolute', async () => {
    const html = await renderFeedHtml(
      [
        "export const meta = { a: 1 }",
        '',
        '## 제목',
        '',
        '[글](/blog/한글) | **굵게** {1 + 1}',
        '',
        '<Image src="/static/a.png" alt="그림" width={400} height={200} />',
        '',
        '<Callout>안의 *글*</Callout>',
        '',
        '| a | b |',
        '| - | - |',
        '| 1 | 2 |',
      ].join('\n'),
      { url: 'https://blog.example.com/blog/x', siteUrl: 'https://blog.example.com' },
    )
    expect(html).toContain('<h2 id="제목">제목</h2>')
    expect(html).toContain('<a href="https://blog.example.com/blog/%ED%95%9C%EA%B8%80">글</a>')
    expect(html).toContain('<strong>굵게</strong>')
    expect(html).toContain('<img src="https://blog.example.com/static/a.png" alt="그림">')
    expect(html).toContain('안의 <em>글</em>')
    expect(html).toContain('<table>')
    expect(html).not.toContain('export')
    expect(html).not.toContain('Callout')
    expect(html).not.toContain('1 + 1')
  })
})

describe('buildFeed', () => {
  // Reads the generated corpus (data/ after `npm run build` or `npm run typecheck`).
  const posts = getPublishedPosts().filter((post) => post.summary)

  it('in summary mode carries summaries only: HTML-escaped in RSS, plain text plus content_html in JSON Feed', async () => {
    expect(posts.length).toBeGreaterThan(0)
    const rss = (await buildFeed(posts, 'rss', undefined, 'summary')).rss2()
    expect(rss).not.toContain('<content:encoded>')
    const json = JSON.parse((await buildFeed(posts, 'json', undefined, 'summary')).json1())
    expect(json.items[0].summary).toBe(posts[0].summary)
    expect(json.items[0].content_html).toBe(escapeHtml(posts[0].summary ?? ''))
  })

  // Full mode runs the page's pipeline: the first post loads Shiki's highlighter and KaTeX.
  it('in full mode carries each post rendered to HTML', async () => {
    const atom = (await buildFeed(posts.slice(0, 1), 'atom', undefined, 'full')).atom1()
    expect(atom).toContain('<content type="html"><![CDATA[<')
  }, 60_000)

  it('keeps a title and body with several `]]>` (the CDATA end) intact and the XML well-formed', async () => {
    // xml-js splits only the first `]]>` of a CDATA text; the second used to end it and inject markup.
    const title = 'A ]]>]]><script>alert(1)</script> ]]> B'
    const post = { ...posts[0], title, body: { ...posts[0].body, raw: 'x ]]> y ]]> z' } }
    for (const format of ['rss', 'atom'] as const) {
      const xml = serializeFeed(await buildFeed([post], format, undefined, 'full'), format)
      expect(xml).not.toContain('cdata-end-')
      const [item] = (await new Parser().parseString(xml)).items
      const text = format === 'atom' ? (item.title ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>') : item.title
      expect(text, format).toBe(title)
      expect(format === 'rss' ? item['content:encoded'] : item.content, format).toContain('x ]]> y ]]> z')
    }
  })
})

describe('postMetadata', () => {
  const [post] = getPublishedPosts()

  it('points canonical and og:image at the post, as an article with its times and tags', () => {
    const meta = postMetadata(post, [{ name: '김개발' }])
    expect(meta.alternates?.canonical).toBe(post.path)
    expect(meta.openGraph).toMatchObject({
      type: 'article',
      locale: 'ko_KR',
      publishedTime: post.date,
      tags: post.tags,
      authors: ['김개발'],
      images: [{ url: `/og/${post.slug}.png`, width: 1200, height: 630 }],
    })
  })

  it('lets a frontmatter canonicalUrl win, in the head and in JSON-LD', () => {
    const moved = { ...post, canonicalUrl: 'https://elsewhere.example/original' }
    expect(postMetadata(moved).alternates?.canonical).toBe('https://elsewhere.example/original')
    expect(blogPostingJsonLd(moved, []).url).toBe('https://elsewhere.example/original')
  })

  it('gives a draft (seen only in dev) the site card, never an image of its own', () => {
    const meta = postMetadata({ ...post, draft: true })
    expect(meta.openGraph).toMatchObject({ images: [DEFAULT_OG_IMAGE] })
    expect(blogPostingJsonLd({ ...post, draft: true }, [])).not.toHaveProperty('image')
  })
})
