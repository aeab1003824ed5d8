// Route params of every dynamic route: what generateStaticParams lists, and
// the content a param names. Routes import these and say nothing more.
//
// Unknown params are answered by the page itself (notFound, or a 404 response
// from a route handler), not by the prerendered list: `next dev` serves that
// list stale-while-revalidate, so with `dynamicParams = false` a post added
// during dev would 404 on its first visit. See next.config.ts for how
// `next start` keeps such 404s out of its disk cache. dynamicParams is left at
// its default (true) rather than written out: Next rejects an explicit `true`
// under `output: 'export'` (`npm run export`), and segment config must be a
// literal. In the export only the prerendered params exist and the static host
// answers the rest with 404.html.
import { existsSync } from 'node:fs'
import {
  getAllSeries,
  getAuthor,
  getAuthors,
  getMovedPosts,
  getOtherLanguagePosts,
  getPostBySlug,
  getPostsByTag,
  getPublishedPosts,
  getSeries,
  getTag,
  getTags,
  getTranslation,
  getVisiblePosts,
  groupByYear,
  pageCount,
  type Author,
  type Post,
  type SeriesSummary,
  type TagSummary,
  type YearGroup,
} from '.'
import { normalizeOldPath } from './redirects'
import { POST_LANGUAGES, siteLanguage } from '../site/language'
import { tagSlug } from './slug'

/** `npm run export`: a static site, no server to answer a request with a redirect. */
export function isStaticExport(): boolean {
  return process.env.NEXT_OUTPUT === 'export'
}

/** Decodes a route param that may arrive percent-encoded (`%ED%9A%8C…` or `회고`); never throws. */
export function decodeParam(value: string): string | null {
  try {
    return decodeURIComponent(value).normalize('NFC')
  } catch {
    return null
  }
}

/** Stands in for the params of a route that has none yet; no slug, tag, series or author id is `_` then. */
const PLACEHOLDER = '_'

/**
 * `output: 'export'` refuses a dynamic route whose generateStaticParams returns
 * nothing, which is what a new blog has (no tags, no series, no authors, even no
 * posts). Such a route then gets one placeholder param; the page answers 404
 * for it like for any unknown name, so the export holds one more copy of the
 * 404 page (or a route handler's "Not Found" body) and nothing else.
 */
export function exportSafeParams<T>(params: T[], placeholder: T): T[] {
  return params.length > 0 || !isStaticExport() ? params : [placeholder]
}

/** Page numbers `1…last` as `[n]` params. Page 1 is listed too: its canonical URL is the list's own. */
export function pageParams(itemCount: number, perPage?: number): { n: string }[] {
  return Array.from({ length: pageCount(itemCount, perPage) }, (_, i) => ({ n: String(i + 1) }))
}

/** Reads a `[n]` param strictly: `2` is a page, `02`, `2.0`, `1e9` or `abc` are not (NaN, which paginate refuses). */
export function parsePageParam(value: string): number {
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : NaN
}

// Posts: /blog/[...slug]. A slug keeps its folders (`devops/jenkins`), one segment each.

export function postParams(): { slug: string[] }[] {
  return exportSafeParams(
    getVisiblePosts()
      .filter((post) => post.lang === siteLanguage)
      .map((post) => ({ slug: post.slug.split('/') })),
    { slug: [PLACEHOLDER] },
  )
}

export function postFromParam(segments: string[]): Post | undefined {
  const decoded = segments.map(decodeParam)
  return decoded.includes(null) ? undefined : getPostBySlug(decoded.join('/'))
}

// Posts in another language: /[lang]/blog/[...slug] (`/en/blog/foo` for blog/foo.en.mdx).

export function translatedPostParams(): { lang: string; slug: string[] }[] {
  return exportSafeParams(
    getOtherLanguagePosts().map((post) => ({ lang: post.lang, slug: post.slug.split('/') })),
    { lang: PLACEHOLDER, slug: [PLACEHOLDER] },
  )
}

export function translatedPostFromParams(lang: string, segments: string[]): Post | undefined {
  const decoded = segments.map(decodeParam)
  const language = POST_LANGUAGES.find((known) => known === lang && known !== siteLanguage)
  return !language || decoded.includes(null) ? undefined : getTranslation(language, decoded.join('/'))
}

// /blog/page/[n]: never empty, an empty blog still has page 1.

export function blogPageParams(): { n: string }[] {
  return pageParams(getVisiblePosts().length)
}

// Tags: /tags/[tag] and /tags/[tag]/page/[n]. Raw (unencoded) slugs: Next encodes them when it writes the pages.

/** The export adds a forwarding page for each spelling posts use (`DevOps` for `devops`): no server redirects there. */
export function tagParams(): { tag: string }[] {
  const slugs = getTags().map((tag) => ({ tag: tag.slug }))
  return exportSafeParams(isStaticExport() ? [...slugs, ...tagSpellings().map((tag) => ({ tag }))] : slugs, {
    tag: PLACEHOLDER,
  })
}

export function tagPageParams(): { tag: string; n: string }[] {
  return exportSafeParams(
    getTags().flatMap((tag) => pageParams(getPostsByTag(tag.slug).length).map(({ n }) => ({ tag: tag.slug, n }))),
    { tag: PLACEHOLDER, n: '1' },
  )
}

export function tagFromParam(param: string): TagSummary | undefined {
  const slug = decodeParam(param)
  return slug === null ? undefined : getTag(slug)
}

/**
 * The tag another spelling of it names: `DevOps` or `Next.js` for the tags at `/tags/devops` and `/tags/nextjs`.
 * Only tags that exist, so an unknown tag stays a 404; never a spelling with control characters (`회고%00`).
 */
export function tagFromSpelling(param: string): TagSummary | undefined {
  const spelling = decodeParam(param)
  if (spelling === null || /\p{Cc}/u.test(spelling)) return undefined
  const tag = getTag(tagSlug(spelling))
  return tag && tag.slug !== spelling ? tag : undefined
}

/**
 * The spellings published posts use for their tags where they differ from the URL (`DevOps`), for the static
 * export. On a case-insensitive disk (macOS, Windows) `DevOps.html` would overwrite `devops.html`, so spellings that
 * differ only in case are left out there.
 */
function tagSpellings(): string[] {
  const caseInsensitive = existsSync('PACKAGE.JSON') && existsSync('package.json')
  const spellings = new Set(getPublishedPosts().flatMap((post) => post.tags.map((tag) => tag.normalize('NFC').trim())))
  return [...spellings].filter((spelling) => {
    const slug = tagSlug(spelling)
    // A file name: no path separators or URL syntax, nothing hidden, far from the 255-byte limit.
    if (!slug || slug === spelling || /[/\\%?#\p{Cc}]|^\./u.test(spelling)) return false
    if (new TextEncoder().encode(spelling).length > 120) return false
    return !(caseInsensitive && slug.toLowerCase() === spelling.toLowerCase())
  })
}

// Tag feeds: /tags/[tag]/feed.xml, atom.xml, feed.json. Only tags of published posts, even under `npm run dev`.

export function tagFeedParams(): { tag: string }[] {
  return exportSafeParams(
    getTags(getPublishedPosts()).map((tag) => ({ tag: tag.slug })),
    { tag: PLACEHOLDER },
  )
}

export function tagFeedFromParam(param: string): TagSummary | undefined {
  const slug = decodeParam(param)
  return slug === null ? undefined : getTags(getPublishedPosts()).find((tag) => tag.slug === slug)
}

// Series: /series/[name].

export function seriesParams(): { name: string }[] {
  return exportSafeParams(
    getAllSeries().map((series) => ({ name: series.slug })),
    { name: PLACEHOLDER },
  )
}

export function seriesFromParam(param: string): SeriesSummary | undefined {
  const slug = decodeParam(param)
  return slug === null ? undefined : getSeries(slug)
}

// Archive years: /archive/[year], in the site time zone.

export function archiveYearParams(): { year: string }[] {
  return exportSafeParams(
    groupByYear(getVisiblePosts()).map(({ year }) => ({ year })),
    { year: PLACEHOLDER },
  )
}

export function archiveYearFromParam(param: string): YearGroup<Post> | undefined {
  return groupByYear(getVisiblePosts()).find((group) => group.year === param)
}

// Authors: /authors/[id].

export function authorParams(): { id: string }[] {
  return exportSafeParams(
    getAuthors().map((author) => ({ id: author.id })),
    { id: PLACEHOLDER },
  )
}

export function authorFromParam(param: string): Author | undefined {
  const id = decodeParam(param)
  return id === null ? undefined : getAuthor(id)
}

// OG images: /og/[...slug] as `/og/<slug>.png`, published posts only (drafts and future posts get none).

export function ogImageParams(): { slug: string[] }[] {
  return exportSafeParams(
    getPublishedPosts().map((post) => {
      const segments = post.slug.split('/')
      return { slug: [...segments.slice(0, -1), `${segments.at(-1)}.png`] }
    }),
    { slug: [`${PLACEHOLDER}.png`] },
  )
}

export function ogImagePostFromParam(segments: string[]): Post | undefined {
  const decoded = segments.map(decodeParam)
  const path = decoded.includes(null) ? '' : decoded.join('/')
  return path.endsWith('.png') ? getPublishedPosts().find((post) => post.slug === path.slice(0, -4)) : undefined
}

// Old addresses of imported posts: /[...moved], in the static export only (a server answers them with a 308, next.config.ts).

// An old `…/slug.html` is listed as `…/slug`: the export writes that page to the file `slug.html`, which is
// what every static host serves for the old address (as `slug.html` the page would be `slug.html.html`).
const HTML_SUFFIX = /\.html$/

export function movedParams(): { moved: string[] }[] {
  const paths = isStaticExport() ? [...getMovedPosts().keys()].map((path) => path.replace(HTML_SUFFIX, '')) : []
  return exportSafeParams([...new Set(paths)].map((path) => ({ moved: path.slice(1).split('/') })), { moved: [PLACEHOLDER] })
}

/** The post an old address (`[...moved]` segments, maybe percent-encoded, `.html` maybe dropped) now lives at. */
export function movedPost(segments: string[]): Post | undefined {
  const decoded = segments.map(decodeParam)
  if (decoded.some((segment) => segment === null)) return undefined
  const path = normalizeOldPath(decoded.join('/'))
  const moved = getMovedPosts()
  return moved.get(path) ?? moved.get(`${path}.html`)
}
