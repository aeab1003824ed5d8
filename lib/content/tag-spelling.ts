// Tag URLs in another spelling, without reading any content: proxy.server.ts runs this on each `/tags/…` request.
import { routes } from '../publishing/routes'
import { MAX_TAG_SLUG_BYTES, tagSlug } from './slug'

/**
 * `/tags/DevOps/page/2` → `/tags/devops/page/2`, `/tags/Next.js` → `/tags/nextjs`: the tag's own path when
 * `pathname` (decoded) spells a tag another way, `undefined` when it is canonical or not such a spelling.
 * - a word spelled with letters, digits, `-` and `_` only differs by case (`DEVOPS`); `-1` is not `1`;
 * - anything else is a tag as typed (`Next.js`, `C++`) and goes where tagSlug puts it;
 * - never a spelling with control characters or too long for a slug, never a target that is not its own slug,
 *   so a redirect never leads to another redirect.
 */
export function canonicalTagPath(pathname: string): string | undefined {
  const match = /^\/tags\/([^/]+)(\/.*)?$/.exec(pathname)
  if (!match) return undefined
  const [, spelling, rest = ''] = match
  if (/\p{Cc}/u.test(spelling) || new TextEncoder().encode(spelling).length > MAX_TAG_SLUG_BYTES) return undefined
  const slug = tagSlug(spelling)
  if (!slug || slug === spelling || tagSlug(slug) !== slug) return undefined
  const lower = spelling.normalize('NFC').toLowerCase()
  if (/^[\p{L}\p{N}_-]+$/u.test(lower) && lower !== slug) return undefined
  return `${routes.tag(slug)}${rest}`
}
