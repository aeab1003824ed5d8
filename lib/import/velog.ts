// velog has no export of its own; writers back up with velog-backup
// (github.com/cjaewon/velog-backup), which writes backup/content/<title>.md with
// title, description, date and tags, and the images under backup/images/.
// velog's Markdown is plain Markdown with inline HTML: a .md post here.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, join, sep } from 'node:path'
import { moveImages, targetFor } from './images'
import { dateOf, fileNameFor, listOf, postText, splitFrontmatter, stringOf, uniqueTags, type Fields, type ImportResult, type Note } from './post'

/** The velog-backup folder itself, or the folder above it. */
export function velogRoot(root: string): string | undefined {
  for (const candidate of [root, join(root, 'backup')]) {
    if (existsSync(join(candidate, 'content')) && !existsSync(join(candidate, 'config.toml')) && !existsSync(join(candidate, 'hugo.toml'))) {
      const files = readdirSync(join(candidate, 'content'))
      if (files.some((file) => file.endsWith('.md'))) return candidate
    }
  }
  return undefined
}

export function importVelog(root: string, timeZone: string): ImportResult {
  const base = velogRoot(root) ?? root
  const contentDir = join(base, 'content')
  const notes: Note[] = []
  const files = readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).map((file) => file.split(sep).join('/')).filter((file) => file.endsWith('.md')).sort()
  const posts = files.map((file) => {
    const path = `${base === root ? '' : 'backup/'}content/${file}`
    const { data, body, bodyLine } = splitFrontmatter(readFileSync(join(contentDir, file), 'utf8'), path)
    const where = { file: path, bodyLine, notes }
    const slug = fileNameFor(stringOf(data.url_slug) ?? stringOf(data.slug) ?? basename(file, '.md'))
    const date = dateOf(data.date ?? data.released_at ?? data.created_at, timeZone)
    if (!date) notes.push({ file: path, line: 2, message: 'no `date`: set to 1970-01-01, give the post its real date' })
    const moved = moveImages(body, (src) => (src.startsWith('/') ? join(base, decodeURI(src)) : join(contentDir, dirname(file), decodeURI(src))), where)
    const fields: Fields = {
      title: stringOf(data.title) ?? basename(file, '.md'),
      date: date ?? '1970-01-01',
      tags: uniqueTags(listOf(data.tags, /,/)),
      summary: stringOf(data.description) ?? stringOf(data.short_description),
      series: stringOf(data.series),
      draft: data.is_private === true ? true : undefined,
    }
    return { source: path, target: targetFor(slug, moved.assets), text: postText(fields, moved.body), assets: moved.assets }
  })
  return { posts, notes }
}
