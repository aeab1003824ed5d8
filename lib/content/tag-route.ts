// Shared by `/tags/[tag]` and `/tags/[tag]/page/[n]`.
import { getPostsByTag, getTag, getTags, pageParams } from '.'
import { decodeParam } from './slug'

/**
 * The tag a `[tag]` param names. Next may hand the param over raw (`회고`) or
 * percent-encoded (`%ED%9A%8C%EA%B3%A0`); both name the same tag.
 */
export function tagFromParam(param: string) {
  const slug = decodeParam(param)
  return slug === null ? undefined : getTag(slug)
}

/** Raw (unencoded) tag slugs: Next encodes them itself when it writes the pages. */
export function tagStaticParams() {
  return getTags().map((tag) => ({ tag: tag.slug }))
}

export function tagPageStaticParams() {
  return getTags().flatMap((tag) => pageParams(getPostsByTag(tag.slug).length).map(({ n }) => ({ tag: tag.slug, n })))
}
