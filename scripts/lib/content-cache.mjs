import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * contentlayer2 keys its cache by each file's path inside the content folder
 * and its modification time, not by the folder or the file's bytes. Two folders
 * checked out in the same millisecond (a fresh clone of e2e/fixtures/*) then
 * share `authors/default.mdx`, and a build of one kept the other's author. The
 * cache is only reused for the folder that filled it.
 */
export function keepCacheFor(root, contentDir) {
  const stamp = join(root, '.contentlayer', 'content-dir')
  const folder = resolve(root, contentDir)
  const cachedFor = existsSync(stamp) ? readFileSync(stamp, 'utf8') : undefined
  if (cachedFor !== folder) rmSync(join(root, '.contentlayer', '.cache'), { recursive: true, force: true })
  mkdirSync(join(root, '.contentlayer'), { recursive: true })
  writeFileSync(stamp, folder)
}

// `node scripts/lib/content-cache.mjs` before a bare `contentlayer2 build` (npm run typecheck).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  keepCacheFor(join(import.meta.dirname, '..', '..'), process.env.CONTENT_DIR ?? 'data')
}
