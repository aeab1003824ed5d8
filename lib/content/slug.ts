// URL rules for posts and tags. Hangul is kept as is: browsers show it, and
// Next percent-encodes it on the wire.
import GithubSlugger, { slug as githubSlug } from 'github-slugger'
import { POST_LANGUAGES, type PostLanguage } from '../site/language'

/**
 * The URL segment of a tag. Case and surrounding space never split a tag
 * (`React` = `react`), but symbols that carry meaning do: github-slugger alone
 * turns `C++`, `C#` and `C` into the same `c`, so those symbols are spelled out
 * before slugging.
 */
export function tagSlug(tag: string): string {
  const spelled = tag
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/\+/g, '-plus-')
    .replace(/#/g, '-sharp-')
    .replace(/&/g, '-and-')
    .replace(/@/g, '-at-')
  return capSlugBytes(githubSlug(spelled).replace(/-{2,}/g, '-').replace(/^-|-$/g, ''))
}

/**
 * A tag slug is a file name in the build (`tags/<slug>.html`, `<slug>.segments`)
 * and file names stop at 255 bytes: a 100-syllable tag (300 bytes) failed
 * `next build` with ENAMETOOLONG. Longer slugs are cut at a character boundary
 * and end in a hash of the whole slug, so two long tags never share a page.
 */
export const MAX_TAG_SLUG_BYTES = 120

function capSlugBytes(slug: string): string {
  const encoder = new TextEncoder()
  if (encoder.encode(slug).length <= MAX_TAG_SLUG_BYTES) return slug
  const hash = fnv1a(slug)
  let kept = ''
  let bytes = 0
  for (const char of slug) {
    bytes += encoder.encode(char).length
    if (bytes > MAX_TAG_SLUG_BYTES - hash.length - 1) break
    kept += char
  }
  return `${kept.replace(/-+$/, '')}-${hash}`
}

/** 32-bit FNV-1a as 8 hex digits: tiny, synchronous and the same in Node and browsers. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0
  return hash.toString(16).padStart(8, '0')
}

const LANGUAGE_SUFFIX = new RegExp(`\\.(${POST_LANGUAGES.join('|')})(?=\\.mdx?$)`)

/**
 * The language a file name gives a post: `foo.en.mdx` is in English (the
 * translation of `foo.mdx`, when that file exists), `foo.mdx` is in the site's
 * language. Only the suffixes of POST_LANGUAGES count, so `node.js.mdx` is not "js".
 */
export function postLanguageFromPath(sourceFilePath: string, siteLanguage: PostLanguage): PostLanguage {
  return (LANGUAGE_SUFFIX.exec(sourceFilePath)?.[1] as PostLanguage | undefined) ?? siteLanguage
}

/**
 * A post's slug from its path below the content folder: `blog/devops/짧은-글.mdx`
 * becomes `devops/짧은-글`. An explicit frontmatter `slug` wins. A translation
 * (`foo.en.mdx`) has its original's slug: the language is in its path instead.
 */
export function postSlugFromPath(sourceFilePath: string, override?: string): string {
  if (override?.trim()) return override.normalize('NFC').replace(/^\/+|\/+$/g, '')
  return sourceFilePath
    .normalize('NFC')
    .replace(/^blog\//, '')
    .replace(LANGUAGE_SUFFIX, '')
    .replace(/\.mdx?$/, '')
    .replace(/(^|\/)index$/, '')
}

/** Heading ids: one slugger per document so that repeated headings get `-1`, `-2`. */
export function headingSlugger() {
  const slugger = new GithubSlugger()
  return (text: string) => slugger.slug(text.normalize('NFC'))
}
