// When each post file was last committed, for `lastmod` when the frontmatter has
// none. scripts/prepare.mjs asks git once per build (one `git log` for the whole
// content folder, not one per post) and leaves the answer in GIT_DATES_FILE;
// contentlayer.config.ts reads it. Plain JavaScript (typed by git-dates.d.mts)
// so that prepare runs it under plain `node`. Without git or `.git` (a tarball,
// a copy outside the repository) the map is empty and posts keep their `date`.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

/** Under .contentlayer/ (git-ignored, next to the content it belongs to). */
export const GIT_DATES_FILE = join('.contentlayer', 'git-dates.json')

/**
 * `{ 'blog/a.mdx': '2024-05-01T10:00:00+09:00', … }`: each file under
 * `contentDir` (paths relative to it, NFC) with the committer date of the
 * newest commit that touched it. Empty when `contentDir` is not in a git checkout.
 */
export function collectGitDates(contentDir) {
  const dir = resolve(contentDir)
  if (!existsSync(dir)) return {}
  // One walk over the history: newest commit first, each prefixed by a NUL line
  // with its date; --relative keeps paths below the content folder and relative to it.
  const result = spawnSync(
    'git',
    ['-c', 'core.quotePath=false', 'log', '--format=%x00%cI', '--name-only', '--no-renames', '--relative', '--', '.'],
    { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  )
  if (result.status !== 0 || typeof result.stdout !== 'string') return {}
  const dates = {}
  let date
  for (const line of result.stdout.split('\n')) {
    if (line.startsWith('\0')) date = line.slice(1).trim()
    else if (line && date) {
      const path = line.normalize('NFC')
      if (!(path in dates)) dates[path] = date
    }
  }
  return dates
}

/** Writes the map of `contentDir` for the content build, with the folder it was made from. */
export function writeGitDates(root, contentDir) {
  const file = join(root, GIT_DATES_FILE)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, JSON.stringify({ contentDir: resolve(root, contentDir), dates: collectGitDates(resolve(root, contentDir)) }))
}

/** The map prepare left for `contentDir`, or {} when there is none (or it was made from another folder). */
export function readGitDates(root, contentDir) {
  try {
    const saved = JSON.parse(readFileSync(join(root, GIT_DATES_FILE), 'utf8'))
    return saved.contentDir === resolve(root, contentDir) ? saved.dates : {}
  } catch {
    return {}
  }
}

/**
 * A post's `lastmod`: the frontmatter's when it has one, else its last commit
 * when that is later than its date, else its date (all ISO strings).
 */
export function lastModified({ lastmod, committed, date }) {
  if (lastmod) return lastmod
  if (committed && new Date(committed).getTime() > new Date(date).getTime()) return new Date(committed).toISOString()
  return date
}
