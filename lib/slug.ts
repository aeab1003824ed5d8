// URL rules for posts and tags. Hangul is kept as is: browsers show it, and
// Next percent-encodes it on the wire.
import GithubSlugger, { slug as githubSlug } from 'github-slugger'

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
  return githubSlug(spelled).replace(/-{2,}/g, '-').replace(/^-|-$/g, '')
}

/**
 * A post's slug from its path below the content folder: `blog/devops/짧은-글.mdx`
 * becomes `devops/짧은-글`. An explicit frontmatter `slug` wins.
 */
export function postSlugFromPath(sourceFilePath: string, override?: string): string {
  if (override?.trim()) return override.normalize('NFC').replace(/^\/+|\/+$/g, '')
  return sourceFilePath
    .normalize('NFC')
    .replace(/^blog\//, '')
    .replace(/\.mdx?$/, '')
    .replace(/(^|\/)index$/, '')
}

/** Heading ids: one slugger per document so that repeated headings get `-1`, `-2`. */
export function headingSlugger() {
  const slugger = new GithubSlugger()
  return (text: string) => slugger.slug(text.normalize('NFC'))
}

/** Decodes a route param that may arrive percent-encoded; never throws. */
export function decodeParam(value: string): string | null {
  try {
    return decodeURIComponent(value).normalize('NFC')
  } catch {
    return null
  }
}
