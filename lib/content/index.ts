// The content module: the only code that reads contentlayer's output. Routes,
// feeds, the sitemap and search ask these functions, never `.contentlayer`.
import type { Author, Post } from 'contentlayer/generated'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { siteConfig } from '@/data/site-config'
import { bodyFormatOf } from '../markdown/format'
import type { TocEntry } from '../markdown/headings'
import type { PostContext } from '../markdown/mdx-options'
import { postLanguage, siteLanguage, type PostLanguage } from '../site/language'
import { isPublished } from './publishing-rule'
import { postRedirects } from './redirects'
import { tagSlug } from './slug'

export type { Author, Post }

/**
 * contentlayer's output, read from disk rather than imported: bundled, the posts
 * were one module (21.8 MB at 1,000 posts) in three server chunks, so a build
 * worker held three copies and `npm run dev` recompiled it on every save. Read
 * once per process (every route's copy of this module shares it) and again when
 * contentlayer rewrites the file (`npm run dev`).
 */
type Generated = { posts: readonly Post[]; authors: readonly Author[]; stamp: string }
const GENERATED_POSTS = join(process.cwd(), '.contentlayer', 'generated', 'Post', '_index.json')
const GENERATED_AUTHORS = join(process.cwd(), '.contentlayer', 'generated', 'Author', '_index.json')
const shared = globalThis as typeof globalThis & { __generatedContent?: Generated }

function generated(): Generated {
  // Only `npm run dev` sees the files change; a build or `next start` reads them once.
  if (shared.__generatedContent && process.env.NODE_ENV !== 'development') return shared.__generatedContent
  // Each path written out where it is read: Turbopack traces these two files into the server build.
  const stamp = `${statSync(GENERATED_POSTS).mtimeMs} ${statSync(GENERATED_AUTHORS).mtimeMs}`
  if (shared.__generatedContent?.stamp !== stamp) {
    try {
      const posts = JSON.parse(readFileSync(GENERATED_POSTS, 'utf8'))
      shared.__generatedContent = { posts, authors: JSON.parse(readFileSync(GENERATED_AUTHORS, 'utf8')), stamp }
    } catch (error) {
      // Caught while contentlayer is still writing it: the last whole read stands until the next request.
      if (!shared.__generatedContent) throw error
    }
  }
  return shared.__generatedContent
}
const allPosts = () => generated().posts
const allAuthors = () => generated().authors

/** Drafts and future posts show in `npm run dev` (marked) and nowhere else. */
export const showUnpublished = process.env.NODE_ENV === 'development'

// The publishing rule lives in ./publishing-rule.ts, where the content check reads it too.
export { isPublished }

// The same collation as `localeCompare(b, 'ko')`, without looking the locale up on every comparison.
const koreanOrder = new Intl.Collator('ko')

/** Newest first; ties broken by title so the order never depends on the file system. */
export function sortPosts<T extends Pick<Post, 'date' | 'title'>>(posts: readonly T[]): T[] {
  return [...posts].sort(
    (a, b) => new Date(b.date).getTime() - new Date(a.date).getTime() || koreanOrder.compare(a.title, b.title),
  )
}

/**
 * A build prerenders every page in one process: lists, tags, series and
 * neighbours are computed once and reused by all of them (callers never mutate
 * what these return). The memo is keyed on the generated array itself, so when
 * `npm run dev` reloads the content the next call recomputes, and it lapses when
 * the next scheduled post comes due, so the publishing rule holds in a long-lived server.
 */
let memo: { source: readonly Post[]; since: number; until: number; values: Map<string, unknown> } | undefined
function once<T>(key: string, compute: () => T): T {
  const now = Date.now()
  // A clock set back (tests do) is a different moment too.
  const posts = allPosts()
  if (!memo || memo.source !== posts || now >= memo.until || now < memo.since) {
    const due = posts.map((post) => new Date(post.date).getTime()).filter((time) => time > now)
    memo = { source: posts, since: now, until: due.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY), values: new Map() }
  }
  if (!memo.values.has(key)) memo.values.set(key, compute())
  return memo.values.get(key) as T
}

/**
 * The order of the blog's own lists (`/`, `/blog` and its pages): pinned posts
 * first, then the rest, each group in the order given (newest first). Feeds,
 * prev/next, tag pages and the archive keep plain date order.
 */
export function pinnedFirst<T extends Pick<Post, 'pinned'>>(posts: readonly T[]): T[] {
  return [...posts.filter((post) => post.pinned), ...posts.filter((post) => !post.pinned)]
}

/**
 * Translations: `foo.en.mdx` beside `foo.mdx` is that post in English, with the
 * same slug. Lists, tags, series, feeds, search and prev/next show each post
 * once, in the site's language; a translation has its page (getTranslation),
 * a link from and to its original (getTranslations) and its sitemap entry. A
 * post in another language with no original is an ordinary post.
 */
function sources(): { listed: Post[]; translations: Post[] } {
  return once('sources', () => {
    const originals = new Set(allPosts().filter((post) => post.lang === siteLanguage).map((post) => post.slug))
    const listed: Post[] = []
    const translations: Post[] = []
    for (const post of allPosts()) (post.lang !== siteLanguage && originals.has(post.slug) ? translations : listed).push(post)
    return { listed, translations }
  })
}

const isVisible = (post: Post) => showUnpublished || isPublished(post)

/** The same post in its other languages (a translation's original first), the ones a reader may see. */
export function getTranslations(post: Post): Post[] {
  const groups = once('translationGroups', () => {
    const groups = new Map<string, Post[]>()
    for (const translation of sources().translations) groups.set(translation.slug, [...(groups.get(translation.slug) ?? []), translation])
    for (const post of allPosts()) if (post.lang === siteLanguage && groups.has(post.slug)) groups.get(post.slug)!.unshift(post)
    return groups
  })
  return (groups.get(post.slug) ?? []).filter((other) => other !== post && isVisible(other))
}

/** Every post a reader may see in a language other than the site's: translations and posts written only in it. */
export function getOtherLanguagePosts(): Post[] {
  return once('otherLanguage', () =>
    sortPosts([...sources().translations, ...sources().listed].filter((post) => post.lang !== siteLanguage && isVisible(post))),
  )
}

/** A post in `lang` (not the site's language) by its slug: `/en/blog/<slug>`. */
export function getTranslation(lang: PostLanguage, slug: string): Post | undefined {
  const wanted = slug.normalize('NFC')
  return getOtherLanguagePosts().find((post) => post.lang === lang && post.slug === wanted)
}

/** Published translations, for machines (the sitemap): their originals carry the feeds and search. */
export function getPublishedTranslations(): Post[] {
  return once('publishedTranslations', () => sortPosts(sources().translations.filter((post) => isPublished(post))))
}

/** Published posts by each of their old addresses (`redirectFrom`, ./redirects.ts), computed once per build. */
export function getMovedPosts(): ReadonlyMap<string, Post> {
  return once('moved', () => {
    const byPath = new Map(getPublishedPosts().map((post) => [post.path, post]))
    return new Map(postRedirects(getPublishedPosts()).map(({ from, to }) => [from, byPath.get(to)!]))
  })
}

/** Every post a reader may see, newest first (in `npm run dev`, drafts and scheduled posts too), translations aside. */
export function getVisiblePosts(): Post[] {
  return once('visible', () => (showUnpublished ? sortPosts(sources().listed) : getPublishedPosts()))
}

export function getPostBySlug(slug: string): Post | undefined {
  const bySlug = once('bySlug', () => {
    const posts = new Map<string, Post>()
    // Posts in another language live under their language's path (getTranslation).
    for (const post of getVisiblePosts()) if (post.lang === siteLanguage && !posts.has(post.slug)) posts.set(post.slug, post)
    return posts
  })
  return bySlug.get(slug.normalize('NFC'))
}

/** The posts before and after `post` in reading order (older / newer). */
export function getAdjacentPosts(post: Post): { older?: Post; newer?: Post } {
  const posts = getVisiblePosts()
  const index = once('position', () => new Map(posts.map((p, i) => [p.slug, i])))
  // A translation reads on between its original's neighbours; one whose original is hidden has none.
  const i = index.get(post.slug)
  return i === undefined ? {} : { newer: posts[i - 1], older: posts[i + 1] }
}

export type TagSummary = { slug: string; name: string; count: number }

/**
 * Tags of the published posts with their counts, most used first. Tags that
 * differ only in case or surrounding space are one tag, shown with the
 * spelling used first (newest post).
 */
export function getTags(posts?: readonly Pick<Post, 'tags'>[]): TagSummary[] {
  if (!posts) return once('tags', () => countTags(getVisiblePosts()))
  if (posts === getPublishedPosts()) return once('publishedTags', () => countTags(posts))
  return countTags(posts)
}

function countTags(posts: readonly Pick<Post, 'tags'>[]): TagSummary[] {
  const tags = new Map<string, TagSummary>()
  for (const post of posts) {
    for (const slug of new Set(post.tags.map(tagSlug))) {
      const name = post.tags.find((tag) => tagSlug(tag) === slug) ?? slug
      const entry = tags.get(slug) ?? { slug, name, count: 0 }
      entry.count += 1
      tags.set(slug, entry)
    }
  }
  return [...tags.values()].sort((a, b) => b.count - a.count || koreanOrder.compare(a.name, b.name))
}

export function getTag(slug: string): TagSummary | undefined {
  const bySlug = once('tagBySlug', () => new Map(getTags().map((tag) => [tag.slug, tag])))
  return bySlug.get(slug.normalize('NFC'))
}

/** The visible posts carrying the tag, newest first (one pass over all posts for every tag). */
export function getPostsByTag(slug: string): Post[] {
  const byTag = once('postsByTag', () => {
    const lists = new Map<string, Post[]>()
    for (const post of getVisiblePosts()) {
      for (const tag of new Set(post.tags.map(tagSlug))) {
        const list = lists.get(tag)
        if (list) list.push(post)
        else lists.set(tag, [post])
      }
    }
    return lists
  })
  return byTag.get(slug) ?? []
}

export type Page<T> = { items: T[]; page: number; totalPages: number }

/** How many pages a list of `itemCount` items has; an empty list still has page 1. */
export function pageCount(itemCount: number, perPage = siteConfig.postsPerPage): number {
  return Math.max(1, Math.ceil(itemCount / perPage))
}

/**
 * One page of a list, or `null` when `page` is not a page of it (0, negative,
 * not a whole number, or past the end). An empty list still has page 1.
 */
export function paginate<T>(items: readonly T[], page: number, perPage = siteConfig.postsPerPage): Page<T> | null {
  const totalPages = pageCount(items.length, perPage)
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return null
  return { items: items.slice((page - 1) * perPage, page * perPage), page, totalPages }
}

export function getAuthor(id: string): Author | undefined {
  return allAuthors().find((author) => author.id === id)
}

export function getDefaultAuthor(): Author | undefined {
  return getAuthor(siteConfig.author)
}

/** Author ids of a post; the site's default author when it names none. */
function authorIds(post: Post): string[] {
  return post.authors?.length ? post.authors : [siteConfig.author]
}

/** The authors of a post. */
export function getPostAuthors(post: Post): Author[] {
  return authorIds(post).map(getAuthor).filter((author): author is Author => author !== undefined)
}

/** The table of contents; empty when the post says `toc: false`. */
export function getToc(post: Post): TocEntry[] {
  return post.toc === false ? [] : post.headings
}

/** The content folder contentlayer read (see contentlayer.config.ts). */
const contentDir = process.env.CONTENT_DIR ?? 'data'

/** Absolute path of the post's `bibliography:` file, which lives next to the post. */
export function getBibliographyPath(post: Post): string | undefined {
  if (!post.bibliography) return undefined
  // Not a file the server bundle needs: only read while the page is prerendered.
  return join(/*turbopackIgnore: true*/ process.cwd(), contentDir, post._raw.sourceFileDir, post.bibliography)
}

/**
 * What compiling a post's body needs besides the body: its format, folder, bibliography and language.
 * The post page's compile and the build helper's (lib/publishing/precompile.ts) must ask the same.
 */
export function postCompileContext(post: Post): PostContext {
  const lang = postLanguage(post)
  return {
    format: bodyFormatOf(post._raw.sourceFilePath),
    bibliography: getBibliographyPath(post),
    dir: post._raw.sourceFileDir,
    lang: lang === siteLanguage ? undefined : lang,
  }
}

/** URL segment of a series name: the tag rule (Hangul kept, spaces to dashes). */
export function seriesSlug(name: string): string {
  return tagSlug(name)
}

export type SeriesSummary = { name: string; slug: string; posts: Post[] }

/** Reading order inside a series: `seriesOrder` first, then date, oldest first. */
function seriesOrder(a: Post, b: Post): number {
  const order = (post: Post) => post.seriesOrder ?? Number.POSITIVE_INFINITY
  return order(a) - order(b) || new Date(a.date).getTime() - new Date(b.date).getTime() || 0
}

/** Every series of `posts` with its parts in reading order; newest series first. */
export function getAllSeries(posts?: readonly Post[]): SeriesSummary[] {
  return posts ? collectSeries(posts) : once('series', () => collectSeries(getVisiblePosts()))
}

function collectSeries(posts: readonly Post[]): SeriesSummary[] {
  const series = new Map<string, SeriesSummary>()
  for (const post of posts) {
    if (!post.series) continue
    const slug = seriesSlug(post.series)
    const entry = series.get(slug) ?? { name: post.series, slug, posts: [] }
    entry.posts.push(post)
    series.set(slug, entry)
  }
  return [...series.values()].map((entry) => ({ ...entry, posts: entry.posts.sort(seriesOrder) }))
}

export function getSeries(slug: string): SeriesSummary | undefined {
  const bySlug = once('seriesBySlug', () => new Map(getAllSeries().map((series) => [series.slug, series])))
  return bySlug.get(slug.normalize('NFC'))
}

/**
 * Up to `limit` other posts sharing the most tags with `post`, newest first
 * among equals. Never the post itself, never an unpublished post (not even in dev).
 */
export function relatedPosts<T extends Pick<Post, 'slug' | 'tags' | 'draft' | 'date' | 'title'>>(
  post: T,
  posts: readonly T[],
  limit = 3,
): T[] {
  const tags = new Set(post.tags.map(tagSlug))
  if (tags.size === 0) return []
  return sortPosts(posts.filter((other) => other.slug !== post.slug && isPublished(other)))
    .map((other) => ({ other, shared: new Set(other.tags.map(tagSlug).filter((tag) => tags.has(tag))).size }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, limit)
    .map(({ other }) => other)
}

export function getRelatedPosts(post: Post): Post[] {
  const related = once('related', () => new Map<string, Post[]>())
  if (!related.has(post.slug)) related.set(post.slug, relatedPosts(post, getVisiblePosts()))
  return related.get(post.slug)!
}

/** The posts of `posts` that `authorId` wrote (posts naming no author belong to the site's author). */
export function getPostsByAuthor(authorId: string, posts: readonly Post[] = getVisiblePosts()): Post[] {
  return posts.filter((post) => authorIds(post).includes(authorId))
}

export function getAuthors(): Author[] {
  return [...allAuthors()]
}

/**
 * Posts for machines (feeds, sitemap, OG images): published posts only, even
 * under `npm run dev`, so a feed reader or crawler never sees a draft. Translations aside.
 */
export function getPublishedPosts(now?: Date): Post[] {
  if (!now) return once('published', () => getPublishedPosts(new Date()))
  return sortPosts(sources().listed.filter((post) => isPublished(post, now)))
}

/** The posts of `posts` that carry the tag with this slug, in the order given. */
export function filterByTag<T extends Pick<Post, 'tags'>>(posts: readonly T[], slug: string): T[] {
  return posts.filter((post) => post.tags.some((tag) => tagSlug(tag) === slug))
}

export type YearGroup<T> = { year: string; posts: T[] }

/** Posts grouped by the year of their date in the site time zone, newest year first. */
export function groupByYear<T extends Pick<Post, 'date' | 'title'>>(
  posts: readonly T[],
  timeZone = siteConfig.timeZone,
): YearGroup<T>[] {
  const yearOf = new Intl.DateTimeFormat('en-CA', { year: 'numeric', timeZone })
  const groups = new Map<string, T[]>()
  for (const post of sortPosts(posts)) {
    const year = yearOf.format(new Date(post.date))
    groups.set(year, [...(groups.get(year) ?? []), post])
  }
  return [...groups].map(([year, items]) => ({ year, posts: items }))
}
