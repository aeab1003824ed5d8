// RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the whole site or one tag, built
// with the `feed` package from the published posts only (never drafts or
// future posts, not even under `npm run dev`).
import { Feed } from 'feed'
import { siteConfig, type SiteConfig } from '@/data/site-config'
import { filterByTag, getBibliographyPath, getDefaultAuthor, getPublishedPosts, type Post, type TagSummary } from '../content'
import { bodyFormatOf } from '../markdown/format'
import { renderFeedHtml, type FeedPost } from '../markdown/feed-html'
import { t } from '../site/i18n'
import { tagFeedFromParam } from '../content/route-params'
import { tagSlug } from '../content/slug'
import { absoluteUrl, routes } from './routes'

export type FeedFormat = 'rss' | 'atom' | 'json'

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
}

/** What a post's feed HTML is compiled with besides the body (also by lib/publishing/precompile.ts). */
export function feedBodyContext(post: Post): FeedPost {
  return { url: absoluteUrl(post.path), format: bodyFormatOf(post._raw.sourceFilePath), dir: post._raw.sourceFileDir, bibliography: getBibliographyPath(post) }
}

/** The newest `limit` posts of a feed, newest first. */
export function feedPosts(tag?: TagSummary, limit = siteConfig.feed.limit): Post[] {
  const posts = getPublishedPosts()
  return (tag ? filterByTag(posts, tag.slug) : posts).slice(0, limit)
}

/**
 * The `feed` package writes titles and bodies as XML CDATA sections through
 * xml-js, which splits only the first `]]>` of a text: a second one ended the
 * section early and the rest became markup, so a title like
 * `]]>]]><script>…` broke /feed.xml for every reader. Each `]]>` goes in as a
 * marker no post can contain (random per process) and comes out split as
 * `]]]]><![CDATA[>`, which parses back to `]]>`.
 */
const CDATA_END_MARK = `cdata-end-${crypto.randomUUID()}`
const markCdataEnds = (text: string) => text.replaceAll(']]>', CDATA_END_MARK)

/** The feed as the text of its format, every CDATA section well-formed. */
export function serializeFeed(feed: Feed, format: FeedFormat): string {
  if (format === 'json') return jsonFeed11(feed)
  return (format === 'rss' ? feed.rss2() : feed.atom1()).replaceAll(CDATA_END_MARK, ']]]]><![CDATA[>')
}

/** Text as HTML: for the fields the formats define as HTML (Atom `type="html"`, RSS description). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/**
 * The feed of `posts` for one format. Formats disagree on what a title is:
 * RSS and JSON Feed titles are plain text, Atom's (`type="html"` in the `feed`
 * package) are HTML, and summaries are HTML in RSS and Atom but text in JSON
 * Feed; so each format gets its own escaping and a title like `A < B & 한글`
 * reads the same in every reader.
 */
export async function buildFeed(
  posts: Post[],
  format: FeedFormat,
  tag?: TagSummary,
  content: SiteConfig['feed']['content'] = siteConfig.feed.content,
): Promise<Feed> {
  const paths = tag ? routes.tagFeeds(tag.slug) : routes.feeds()
  const home = absoluteUrl(tag ? routes.tag(tag.slug) : routes.home())
  const author = getDefaultAuthor()
  const asHtml = (text: string) => (format === 'json' ? text : escapeHtml(text))
  // RSS and Atom: titles and bodies end up in CDATA (see serializeFeed).
  const cdata = (text: string) => (format === 'json' ? text : markCdataEnds(text))
  const feed = new Feed({
    id: home,
    link: home,
    title: tag ? `${siteConfig.title}: ${t.tagPosts(tag.name)}` : siteConfig.title,
    description: siteConfig.description,
    language: siteConfig.locale,
    // The newest post's date, not the clock: the same posts give the same feed.
    updated: posts[0] ? new Date(posts[0].lastmod ?? posts[0].date) : undefined,
    generator: false,
    copyright: `© ${siteConfig.title}`,
    feedLinks: { rss: absoluteUrl(paths.rss), atom: absoluteUrl(paths.atom), json: absoluteUrl(paths.json) },
    author: author ? { name: author.name, link: absoluteUrl(routes.about()) } : undefined,
  })
  for (const post of posts) {
    const link = absoluteUrl(post.path)
    feed.addItem({
      id: link,
      link,
      title: cdata(format === 'atom' ? escapeHtml(post.title) : post.title),
      date: new Date(post.lastmod ?? post.date),
      published: new Date(post.date),
      description: post.summary === undefined ? undefined : asHtml(post.summary),
      content:
        content === 'full'
          ? cdata(
              await renderFeedHtml(post.body.raw, feedBodyContext(post)),
            )
          : // JSON Feed requires content_html (or content_text); the summary, as HTML, stands in.
            format === 'json' && post.summary !== undefined
            ? escapeHtml(post.summary)
            : undefined,
      category: post.tags.map((name) => {
        const url = absoluteUrl(routes.tag(tagSlug(name)))
        // The `feed` package does not escape `<` in Atom attributes; such a label is left out (the term stays).
        const label = format === 'atom' && name.includes('<') ? undefined : name
        return { name: label, term: tagSlug(name), domain: url, scheme: url }
      }),
      author: author ? [{ name: author.name, link: absoluteUrl(routes.about()) }] : undefined,
    })
  }
  return feed
}

/**
 * The `feed` package writes JSON Feed 1; 1.1 renames `author` to `authors`
 * (a list) and adds `language`.
 */
function jsonFeed11(feed: Feed): string {
  const parsed: Record<string, unknown> & { items: Record<string, unknown>[] } = JSON.parse(feed.json1())
  const toAuthors = (entry: Record<string, unknown>) => {
    const { author, ...rest } = entry
    return author ? { ...rest, authors: [author] } : rest
  }
  return JSON.stringify(
    {
      ...toAuthors(parsed),
      version: 'https://jsonfeed.org/version/1.1',
      language: siteConfig.locale,
      items: parsed.items.map(toAuthors),
    },
    null,
    2,
  )
}

export async function feedResponse(format: FeedFormat, tag?: TagSummary): Promise<Response> {
  const feed = await buildFeed(feedPosts(tag), format, tag)
  return new Response(serializeFeed(feed, format), { headers: { 'Content-Type': CONTENT_TYPES[format] } })
}

/** GET for `/tags/[tag]/feed.xml` and friends: a feed of one tag, or a 404. */
export function tagFeedHandler(format: FeedFormat) {
  return async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
    const tag = tagFeedFromParam((await params).tag)
    return tag ? feedResponse(format, tag) : new Response('Not Found', { status: 404 })
  }
}
