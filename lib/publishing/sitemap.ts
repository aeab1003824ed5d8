// What search engines may index: each published post and each list a reader
// can reach by links. Page 1 of a list is its own URL (`/blog`), so `/page/1`
// never appears; drafts, future posts and their tags never do either.
import type { MetadataRoute } from 'next'
import { filterByTag, getPublishedPosts, getTags, pageParams, type Post } from '../content'
import { absoluteUrl } from './routes'

const lastChange = (posts: readonly Post[]) => (posts[0] ? new Date(posts[0].lastmod ?? posts[0].date) : undefined)

/** A list's own URL plus `/page/2`, `/page/3`… */
function listPaths(basePath: string, count: number): string[] {
  return pageParams(count).map(({ n }) => (n === '1' ? basePath : `${basePath}/page/${n}`))
}

export function sitemapEntries(now: Date = new Date()): MetadataRoute.Sitemap {
  const posts = getPublishedPosts(now)
  const newest = lastChange(posts)
  const lists = ['/', ...listPaths('/blog', posts.length), '/tags', '/archive', '/about', '/projects'].map((path) => ({
    url: absoluteUrl(path),
    lastModified: newest,
  }))
  const tags = getTags(posts).flatMap((tag) => {
    const tagged = filterByTag(posts, tag.slug)
    return listPaths(`/tags/${tag.slug}`, tagged.length).map((path) => ({
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
