// Every path of the site and every absolute URL, built here and nowhere else:
// pages, links, feeds, the sitemap, canonical links, OG images and JSON-LD ask
// these functions, so a route that moves is changed in one place. Slugs go in
// raw (`회고`, not `%ED%9A%8C…`): Next and `absoluteUrl` encode them.
// No imports from lib/content: contentlayer.config.ts builds `post.path` here.
import { siteConfig } from '../../data/site-config'
import { siteLanguage, type PostLanguage } from '../site/language'

/** Page `n` of a list whose first page is `basePath` itself (`/blog`, `/blog/page/2`…). */
export function listPagePath(basePath: string, n = 1): string {
  return n === 1 ? basePath : `${basePath}/page/${n}`
}

/** Paths of the three feed formats, for the whole site or for one tag. */
export type FeedPaths = { rss: string; atom: string; json: string }

function feedsUnder(base: string): FeedPaths {
  return { rss: `${base}/feed.xml`, atom: `${base}/atom.xml`, json: `${base}/feed.json` }
}

export const routes = {
  home: () => '/',
  /** `/blog`, or `/blog/page/n`. */
  blog: (page = 1) => listPagePath('/blog', page),
  /**
   * A post by its slug (`devops/jenkins`): `/blog/devops/jenkins`; a post in
   * another language than the site's under that language (`/en/blog/devops/jenkins`).
   */
  post: (slug: string, lang: PostLanguage = siteLanguage) => (lang === siteLanguage ? `/blog/${slug}` : `/${lang}/blog/${slug}`),
  tags: () => '/tags',
  /** A tag's list by the tag's slug, or page `n` of it. */
  tag: (slug: string, page = 1) => listPagePath(`/tags/${slug}`, page),
  /** The site's feeds. */
  feeds: (): FeedPaths => feedsUnder(''),
  /** One tag's feeds. */
  tagFeeds: (slug: string): FeedPaths => feedsUnder(`/tags/${slug}`),
  allSeries: () => '/series',
  series: (slug: string) => `/series/${slug}`,
  authors: () => '/authors',
  author: (id: string) => `/authors/${id}`,
  archive: () => '/archive',
  /** One year of the archive, in the site time zone (`/archive/2023`). */
  archiveYear: (year: string) => `/archive/${year}`,
  about: () => '/about',
  projects: () => '/projects',
  /** The search page, with the query in `?q=` when there is one (read in the browser). */
  search: (query = '') => (query ? `/search?q=${encodeURIComponent(query)}` : '/search'),
  /** A post's generated card (app/og/[...slug]/route.tsx). */
  postOgImage: (slug: string) => `/og/${slug}.png`,
  /** The site-wide card (app/og-image.png/route.tsx). */
  siteOgImage: () => '/og-image.png',
  searchIndex: () => '/search-index.json',
  /** One file of the sharded search index (lib/search/shards.ts): `dict`, a term shard, or a post (`p-12`). */
  searchShard: (file: string) => `/search-index/${file}.json`,
  /** mermaid's ES module build, for diagrams the build left to the reader's browser (scripts/diagrams.mjs copies it). */
  mermaidModule: () => '/mermaid/mermaid.esm.min.js',
  sitemap: () => '/sitemap.xml',
  robots: () => '/robots.txt',
  /**
   * Where the writer edits a post (`blog/a.mdx` under `editUrl`, data/site-config.ts),
   * or undefined when no `editUrl` is set.
   */
  editPost: (sourceFilePath: string, editUrl: string = siteConfig.editUrl): string | undefined =>
    editUrl ? `${editUrl.replace(/\/+$/, '')}/${sourceFilePath.split('/').map(encodeURIComponent).join('/')}` : undefined,
} as const

/**
 * A site path as the browser must request it: under the site's sub-path
 * (`/static/x.png` → `/blog/static/x.png`). Only for what Next does not prefix
 * itself: next/link, the router and redirects() add it; next/image `src`, raw
 * `<a>`, `fetch`, meta refresh and `<link>` tags need this.
 */
export function sitePath(path: string, basePath: string = siteConfig.basePath): string {
  return basePath && path.startsWith('/') && !path.startsWith('//') ? `${basePath}${path}` : path
}

/**
 * `path` resolved against the site URL, percent-encoded (`/tags/회고` becomes
 * `/tags/%ED%9A%8C%EA%B3%A0`), keeping any path prefix of the site URL. An
 * absolute URL is returned as is (normalised).
 */
export function absoluteUrl(path: string, siteUrl: string = siteConfig.siteUrl): string {
  const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`
  return new URL(path.replace(/^\/+/, ''), base).href
}
