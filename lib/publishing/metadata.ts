// Every page's <head>: titles, canonical links, Open Graph, Twitter cards, feed
// links and JSON-LD come from here, so routes only say which page they are.
import type { Metadata } from 'next'
import { siteConfig } from '@/data/site-config'
import { getTranslations, isPublished, type Author, type Post, type TagSummary } from '../content'
import { localeOf, postLanguage } from '../site/language'
import { t } from '../site/i18n'
import type { SiteVerification } from '@/data/site-config'
import { absoluteUrl, routes } from './routes'

/** `ko-KR` -> `ko_KR`: Open Graph spells locales with an underscore. */
export function ogLocale(locale: string = siteConfig.locale): string {
  return locale.replace('-', '_')
}

export const OG_IMAGE_SIZE = { width: 1200, height: 630 }

/** The site-wide card (app/og-image.png/route.tsx). */
export const DEFAULT_OG_IMAGE = { url: routes.siteOgImage(), ...OG_IMAGE_SIZE, alt: siteConfig.title }

/** `<link rel="alternate">` for the site feeds, plus the tag's own feeds on a tag page. */
function feedAlternates(tag?: TagSummary) {
  const scopes = [{ paths: routes.feeds(), title: siteConfig.title }]
  if (tag) scopes.push({ paths: routes.tagFeeds(tag.slug), title: `${siteConfig.title}: ${t.tagPosts(tag.name)}` })
  return {
    'application/rss+xml': scopes.map(({ paths, title }) => ({ url: paths.rss, title })),
    'application/atom+xml': scopes.map(({ paths, title }) => ({ url: paths.atom, title })),
    'application/feed+json': scopes.map(({ paths, title }) => ({ url: paths.json, title })),
  }
}

/** The root layout's defaults: title template, the site-wide Open Graph card, search engines' ownership checks. */
export function siteMetadata(): Metadata {
  const verification = verificationMetadata(siteConfig.verification)
  return {
    ...pageMetadata({ path: routes.home() }),
    metadataBase: new URL(siteConfig.siteUrl),
    title: { default: siteConfig.title, template: `%s | ${siteConfig.title}` },
    ...(verification ? { verification } : {}),
  }
}

/** `<meta>` ownership checks of the engines that use one (Daum's is a robots.txt line: lib/publishing/robots.ts). */
export function verificationMetadata({ google, naver, bing }: SiteVerification): Metadata['verification'] {
  const other = {
    ...(naver ? { 'naver-site-verification': naver } : {}),
    ...(bing ? { 'msvalidate.01': bing } : {}),
  }
  if (!google && Object.keys(other).length === 0) return undefined
  return { ...(google ? { google } : {}), ...(Object.keys(other).length > 0 ? { other } : {}) }
}

type PageInput = { path: string; title?: string; description?: string; tag?: TagSummary }

/**
 * A list or static page. Next replaces (not merges) `alternates` and
 * `openGraph` of the parent, so every page gets the full set again here.
 */
export function pageMetadata({ path, title, description = siteConfig.description, tag }: PageInput): Metadata {
  return {
    ...(title ? { title } : {}),
    description,
    alternates: { canonical: path, types: feedAlternates(tag) },
    openGraph: {
      type: 'website',
      url: path,
      title: title ?? siteConfig.title,
      description,
      siteName: siteConfig.title,
      locale: ogLocale(),
      images: [DEFAULT_OG_IMAGE],
    },
    twitter: { card: 'summary_large_image', title: title ?? siteConfig.title, description, images: [DEFAULT_OG_IMAGE] },
  }
}

/**
 * `<link rel="alternate" hreflang>` for a post with translations: every
 * language version, this one included, as search engines ask. None without.
 */
export function postLanguageVersions(post: Post, others: Post[] = getTranslations(post)): Record<string, string> | undefined {
  if (others.length === 0) return undefined
  return Object.fromEntries([post, ...others].map((version) => [localeOf(postLanguage(version)), version.path]))
}

function languageAlternates(post: Post) {
  const languages = postLanguageVersions(post)
  return languages ? { languages } : {}
}

/** A post: an article card with its own image, times and tags; `canonicalUrl` in frontmatter wins. */
export function postMetadata(post: Post, authors: Pick<Author, 'name'>[] = []): Metadata {
  const description = post.summary ?? siteConfig.description
  // Drafts and future posts (visible only in `npm run dev`) have no card of their own.
  const card = { url: routes.postOgImage(post.slug), ...OG_IMAGE_SIZE, alt: post.title }
  const images = [isPublished(post) ? card : DEFAULT_OG_IMAGE]
  return {
    title: post.title,
    description,
    alternates: { canonical: post.canonicalUrl ?? post.path, types: feedAlternates(), ...languageAlternates(post) },
    openGraph: {
      type: 'article',
      url: post.path,
      title: post.title,
      description,
      siteName: siteConfig.title,
      locale: ogLocale(localeOf(postLanguage(post))),
      ...(getTranslations(post).length > 0 ? { alternateLocale: getTranslations(post).map((other) => ogLocale(localeOf(postLanguage(other)))) } : {}),
      publishedTime: post.date,
      modifiedTime: post.lastmod ?? post.date,
      tags: post.tags,
      authors: authors.map((author) => author.name),
      images,
    },
    twitter: { card: 'summary_large_image', title: post.title, description, images },
  }
}

/**
 * JSON for a `<script type="application/ld+json">`. `<`, `>` and `&` become
 * \u escapes (still the same JSON), so no title can close the script tag or
 * open a comment; U+2028/2029 are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

/** schema.org `BlogPosting` for a post page. */
export function blogPostingJsonLd(post: Post, authors: Pick<Author, 'name'>[]) {
  const url = absoluteUrl(post.canonicalUrl ?? post.path)
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.summary,
    datePublished: post.date,
    dateModified: post.lastmod ?? post.date,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    inLanguage: localeOf(postLanguage(post)),
    keywords: post.tags,
    author: authors.map((author) => ({ '@type': 'Person', name: author.name })),
    publisher: { '@type': 'Organization', name: siteConfig.title, url: absoluteUrl(routes.home()) },
    ...(isPublished(post) ? { image: absoluteUrl(routes.postOgImage(post.slug)) } : {}),
  }
}

/** schema.org `BreadcrumbList` (home › blog › post) for a post page. */
export function breadcrumbJsonLd(post: Post) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      { name: t.home, path: routes.home() },
      { name: t.blog, path: routes.blog() },
      { name: post.title, path: post.path },
    ].map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: absoluteUrl(crumb.path) })),
  }
}
