// What search engines may index: each published post and each page a reader
// can reach by links (lists, tags, series, authors, archive years). Page 1 of a list is its
// own URL (`/blog`), so `/page/1` never appears; drafts, future posts and the
// tags, series and authors only they have never do either.
import type { MetadataRoute } from 'next'
import {
  filterByTag,
  getAllSeries,
  getAuthors,
  getDefaultAuthor,
  getPostsByAuthor,
  getPublishedPosts,
  getPublishedTranslations,
  getTranslations,
  isPublished,
  getTags,
  groupByYear,
  pageCount,
  sortPosts,
  type Post,
} from '../content'
import { postLanguageVersions } from './metadata'
import { absoluteUrl, routes } from './routes'

const lastChange = (posts: readonly Post[]) => {
  const [newest] = sortPosts(posts)
  return newest ? new Date(newest.lastmod ?? newest.date) : undefined
}

/** Page 1 … last of a list, as paths. */
function listPages(count: number, pathOf: (page: number) => string): string[] {
  return Array.from({ length: pageCount(count) }, (_, i) => pathOf(i + 1))
}

export function sitemapEntries(now: Date = new Date()): MetadataRoute.Sitemap {
  const posts = getPublishedPosts(now)
  const newest = lastChange(posts)
  const series = getAllSeries(posts)
  const lists = [
    routes.home(),
    ...listPages(posts.length, routes.blog),
    routes.tags(),
    ...(series.length > 0 ? [routes.allSeries()] : []),
    routes.archive(),
    ...(getAuthors().length > 0 ? [routes.authors()] : []),
    // /about shows the site's author and is a 404 without one.
    ...(getDefaultAuthor() ? [routes.about()] : []),
    routes.projects(),
  ].map((path) => ({ url: absoluteUrl(path), lastModified: newest }))
  const tags = getTags(posts).flatMap((tag) => {
    const tagged = filterByTag(posts, tag.slug)
    return listPages(tagged.length, (page) => routes.tag(tag.slug, page)).map((path) => ({
      url: absoluteUrl(path),
      lastModified: lastChange(tagged),
    }))
  })
  const seriesPages = series.map((entry) => ({
    url: absoluteUrl(routes.series(entry.slug)),
    lastModified: lastChange(entry.posts),
  }))
  const authors = getAuthors().flatMap((author) => {
    const written = getPostsByAuthor(author.id, posts)
    return written.length > 0 ? [{ url: absoluteUrl(routes.author(author.id)), lastModified: lastChange(written) }] : []
  })
  const years = groupByYear(posts).map((group) => ({
    url: absoluteUrl(routes.archiveYear(group.year)),
    lastModified: lastChange(group.posts),
  }))
  // Translations too, each version listing all of them (hreflang alternates).
  const articles = [...posts, ...getPublishedTranslations()].map((post) => {
    const languages = postLanguageVersions(post, getTranslations(post).filter((other) => isPublished(other, now)))
    return {
      url: absoluteUrl(post.path),
      lastModified: new Date(post.lastmod ?? post.date),
      ...(languages
        ? { alternates: { languages: Object.fromEntries(Object.entries(languages).map(([lang, path]) => [lang, absoluteUrl(path)])) } }
        : {}),
    }
  })
  return [...lists, ...tags, ...seriesPages, ...authors, ...years, ...articles]
}
