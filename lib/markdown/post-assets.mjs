// Where a post's images are on disk and where the site serves them. The content
// check, the renderer (pages and feeds) and scripts/copy-assets.mjs all take
// these rules from here. Plain JavaScript (typed by post-assets.d.mts) so that
// copy-assets runs under plain `node`.
import { join, posix } from 'node:path'

/** Images kept next to a post are copied under public/ at this path. */
export const CONTENT_ASSETS = '/content-assets'

const ASSET_FILE = /\.(png|jpe?g|gif|webp|avif|svg)$/i

/** A URL with its own scheme (`https:`, `data:`, `mailto:`) or host (`//cdn…`): it resolves against nothing of ours. */
export function isAbsoluteUrl(src) {
  return /^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(src)
}

/** Another site, a `data:` or `mailto:` URL, or a fragment: nothing of ours on disk. */
export function isExternalUrl(src) {
  return isAbsoluteUrl(src) || src.startsWith('#')
}

/** A path as written or percent-decoded, without `?query` or `#fragment`; a stray `%` never throws. */
export function fileNameOf(src) {
  const path = src.split(/[?#]/)[0]
  try {
    return decodeURI(path)
  } catch {
    return path
  }
}

/**
 * Whether a file of the content folder (`blog/rich/diagram.svg`) is served as
 * a post image: an image file somewhere under blog/.
 */
export function isPostAsset(pathInContentDir) {
  return pathInContentDir.startsWith('blog/') && ASSET_FILE.test(pathInContentDir)
}

/**
 * The file of the content folder a relative image of a post names:
 * (`blog/rich`, `./diagram.svg`) → `blog/rich/diagram.svg`. Undefined for a
 * site path (`/x.png`), another site, or a path that leaves the content folder.
 */
export function postAssetPath(postDir, src) {
  if (isExternalUrl(src) || src.startsWith('/')) return undefined
  const path = posix.normalize(posix.join(postDir, fileNameOf(src)))
  return path.startsWith('../') || path === '..' ? undefined : path
}

/** Where a served post image is on the site: `blog/rich/diagram.svg` → `/content-assets/blog/rich/diagram.svg`. */
export function contentAssetUrl(pathInContentDir) {
  return `${CONTENT_ASSETS}/${pathInContentDir}`
}

/**
 * The URL the page uses for a relative image of a post, or undefined when
 * `src` is not one (site paths and other sites stay as written). The query and
 * fragment are kept; the path is the served copy's.
 */
export function postAssetUrl(postDir, src) {
  const path = postAssetPath(postDir, src)
  if (path === undefined || !isPostAsset(path)) return undefined
  const rest = /[?#].*$/.exec(src)?.[0] ?? ''
  return encodeURI(contentAssetUrl(path)) + rest
}

/** The file in public/ a site path (`/static/a.png`) names; undefined when it is not a site path or leaves public/. */
export function publicFile(src, publicDir = join(process.cwd(), 'public')) {
  if (isExternalUrl(src) || !src.startsWith('/')) return undefined
  // Read while prerendering only: no server bundle traces public/ for it.
  const file = join(/*turbopackIgnore: true*/ publicDir, fileNameOf(src))
  return file.startsWith(join(/*turbopackIgnore: true*/ publicDir, '/')) ? file : undefined
}
