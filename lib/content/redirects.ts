// A post's old addresses (`redirectFrom`: Jekyll's `/2023/07/31/slug.html`,
// Hugo's `/posts/slug/`, Tistory's `/182`) forward to its page. `next start`
// answers them with a 308 (redirects() in next.config.ts, which reads the
// generated content itself); the static export has a forwarding page at each
// (app/[...moved]/page.tsx). Plain data in, so next.config.ts needs no bundler.
import { isPublished } from './publishing-rule'

export type PostRedirect = { from: string; to: string }

/** `/posts/글/` and `/posts/%EA%B8%80` are one address: decoded, NFC, without a trailing slash. */
export function normalizeOldPath(path: string): string {
  let decoded = path
  try {
    decoded = decodeURI(path)
  } catch {
    // Left as written; the content check names such a value.
  }
  return `/${decoded.normalize('NFC').replace(/^\/+|\/+$/g, '')}`
}

/** Each published post's old addresses → its path. A draft's or future post's old address stays a 404, as the post does. */
export function postRedirects(
  posts: { path: string; draft?: boolean; date: string; redirectFrom?: string[] }[],
  now: Date = new Date(),
): PostRedirect[] {
  return posts
    .filter((post) => isPublished(post, now))
    .flatMap((post) => (post.redirectFrom ?? []).map((from) => ({ from: normalizeOldPath(from), to: post.path })))
    .filter(({ from, to }) => from !== '/' && from !== to)
}

/** A path as a Next `redirects()` source: encoded as a request carries it, path-to-regexp's special characters escaped. */
export function redirectSource(path: string): string {
  return encodeURI(path).replace(/[:()*+?{}!]/g, '\\$&')
}
