// What search engines may index: each published post and each list a reader
// can reach by links. Page 1 of a list is its own URL (`/blog`), so `/page/1`
// never appears; drafts, future posts and their tags never do either.
import type { MetadataRoute } from 'next'
import { filterByTag, getPublishedPosts, getTags, pageCount, type Post } from '../content'
import { absoluteUrl, routes } from './routes'

const lastChange = (posts: readonly Post[]) => (posts[0] ? new Date(posts[0].lastmod ?? posts[0].date) : undefined)

/** Page 1 … last of a list, as paths. */
function listPages(count: number, pathOf: (page: number) => string): string[] {
  return Array.from({ length: pageCount(count) }, (_, i) => pathOf(i + 1))
}

export function sitemapEntries(now: Date = new Date()): MetadataRoute.Sitemap {
  const posts = getPublishedPosts(now)
  const newest = lastChange(posts)
  const lists = [
    routes.home(),
    ...listPages(posts.length, routes.blog),
    routes.tags(),
    routes.archive(),
    routes.about(),
    routes.projects(),
  ].map((path) => ({
    url: absoluteUrl(path),
    lastModified: newest,
  }))
  const tags = getTags(posts).flatMap((tag) => {
    const tagged = filterByTag(posts, tag.slug)
    return listPages(tagged.length, (page) => routes.tag(tag.slug, page)).map((path) => ({
      url: absoluteUrl(path),
      lastModified: lastChange(tagged),
    }))
  })
  const articles = posts.map((post) => ({
    url: absoluteUrl(post.path),
    lastModified: new Date(post.lastmod ?? post.date),
  }))
  return [...lists, ...tags, ...articles]
}
