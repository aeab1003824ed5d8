// Shared by `/tags/[tag]` and `/tags/[tag]/page/[n]`.
import { existsSync } from 'node:fs'
import { getPostsByTag, getPublishedPosts, getTag, getTags, pageParams, type TagSummary } from '.'
import { decodeParam, tagSlug } from './slug'
import { isStaticExport } from './static-params'

/**
 * The tag a `[tag]` param names. Next may hand the param over raw (`회고`) or
 * percent-encoded (`%ED%9A%8C%EA%B3%A0`); both name the same tag.
 */
export function tagFromParam(param: string) {
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
 * The spellings posts use for their tags where they differ from the URL (`DevOps`), for the static export: there
 * is no server to redirect, so each gets a page that forwards to the tag's own. On a case-insensitive disk (macOS,
 * Windows) `DevOps.html` would overwrite `devops.html`, so spellings that differ only in case are left out there.
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

/** Raw (unencoded) tag slugs: Next encodes them itself when it writes the pages. The export adds the spellings. */
export function tagStaticParams() {
  const slugs = getTags().map((tag) => ({ tag: tag.slug }))
  return isStaticExport ? [...slugs, ...tagSpellings().map((tag) => ({ tag }))] : slugs
}

export function tagPageStaticParams() {
  return getTags().flatMap((tag) => pageParams(getPostsByTag(tag.slug).length).map(({ n }) => ({ tag: tag.slug, n })))
}
