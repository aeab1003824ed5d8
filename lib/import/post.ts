// What every importer produces, and the small conversions they share: reading
// YAML or TOML frontmatter, dates in the site's time zone, tags, file names and
// the frontmatter we write.
import { parse as parseToml } from 'smol-toml'
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml'
import { slugForTitle } from '../content/new-post'
import { tagSlug } from '../content/slug'
import { bodyText } from '../search/build-index'

/** Something the importer could not convert, or changed in a way the writer should look at. */
export type Note = { file: string; line?: number; message: string }

export type ImportedPost = {
  /** the source file, for the report */
  source: string
  /** where it goes below the content folder's blog/: `글-제목.md`, `번들/index.md` */
  target: string
  /** the whole file: frontmatter and body */
  text: string
  /** files copied next to the post: absolute source path → path from the post's folder */
  assets: { from: string; to: string }[]
}

export type ImportResult = {
  posts: ImportedPost[]
  notes: Note[]
  /** other files to copy below the content folder (tailwind-nextjs-starter-blog authors): absolute source → path below it */
  files?: { from: string; to: string }[]
  /** files for the site's public/ folder (images named in frontmatter by site path): absolute source → path below it */
  publicFiles?: { from: string; to: string }[]
}

/** The frontmatter fields we write, in this order. */
export type Fields = {
  title: string
  date: string
  lastmod?: string
  tags?: string[]
  summary?: string
  draft?: boolean
  slug?: string
  series?: string
  images?: string[]
  authors?: string[]
  canonicalUrl?: string
  /** old addresses of the post (Jekyll, Hugo) that redirect to its page */
  redirectFrom?: string[]
}

export type Frontmatter = { data: Record<string, unknown>; body: string; bodyLine: number }

/** YAML (`---`) or TOML (`+++`) frontmatter and the body after it; `bodyLine` is the body's first line (1-based). */
export function splitFrontmatter(text: string, file: string): Frontmatter {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const match = /^(---|\+\+\+)[ \t]*\n([\s\S]*?)\n\1[ \t]*(?:\n|$)/.exec(normalized)
  if (!match) return { data: {}, body: normalized, bodyLine: 1 }
  let data: unknown
  try {
    data = match[1] === '+++' ? parseToml(match[2]) : parseYaml(match[2])
  } catch (error) {
    throw new Error(`${file}:2 the frontmatter is not valid ${match[1] === '+++' ? 'TOML' : 'YAML'}: ${(error as Error).message.split('\n')[0]}`)
  }
  return {
    data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {},
    body: normalized.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  }
}

const ymd = (date: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(date)

/**
 * `YYYY-MM-DD` in the site's time zone for a date as blogs write it: `2023-07-31`,
 * Jekyll's `2023-07-31 23:30:00 +0900`, ISO with an offset, or a TOML/YAML date.
 * A time without an offset is the writer's local time: its calendar day is kept.
 */
export function dateOf(value: unknown, timeZone: string): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined
    // smol-toml's local dates and date-times have no offset: their written day is the day.
    const local = value as Date & { isDate?: () => boolean; isLocal?: () => boolean }
    if (local.isDate?.() || local.isLocal?.()) return value.toISOString().slice(0, 10)
    return ymd(value, timeZone)
  }
  if (typeof value !== 'string') return undefined
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(value.trim())
  if (!match) return undefined
  const [, y, m, d, hh, mm, ss, offset] = match
  const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`
  if (!offset) return day
  const iso = `${day}T${hh.padStart(2, '0')}:${mm}:${ss ?? '00'}${offset === 'Z' ? 'Z' : offset.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')}`
  const parsed = new Date(iso)
  return Number.isNaN(parsed.getTime()) ? day : ymd(parsed, timeZone)
}

/** A list from a YAML/TOML list, a comma list or Jekyll's space-separated string. */
export function listOf(value: unknown, separator: RegExp = /\s+/): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => (item == null ? [] : [String(item).trim()])).filter(Boolean)
  if (typeof value === 'string') return value.split(separator).map((item) => item.trim()).filter(Boolean)
  return []
}

export const stringOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : undefined

/** Tags without repeats (one tag page each, as the site counts them: `React` and `react` are one), in first-seen order. */
export function uniqueTags(...lists: string[][]): string[] {
  const seen = new Set<string>()
  return lists.flat().filter((tag) => {
    const key = tagSlug(tag)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** A post's file name from a title or an old slug, as `npm run new` names posts (Hangul kept, punctuation dropped). */
export const fileNameFor = (name: string): string => slugForTitle(name) || 'post'

/** The text of a post: our frontmatter, a blank line, the body. */
export function postText(fields: Fields, body: string): string {
  const ordered: Record<string, unknown> = {}
  for (const key of ['title', 'date', 'lastmod', 'tags', 'summary', 'draft', 'slug', 'series', 'images', 'authors', 'canonicalUrl', 'redirectFrom'] as const) {
    const value = fields[key]
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue
    ordered[key] = value
  }
  const yaml = stringifyYaml(ordered, { lineWidth: 0, defaultStringType: 'QUOTE_SINGLE', defaultKeyType: 'PLAIN' })
  return `---\n${yaml}---\n\n${body.replace(/^\n+/, '').replace(/\s+$/, '')}\n`
}

/** 1-based line of `offset` in `text`, counted from `firstLine`. */
export function lineAt(text: string, offset: number, firstLine = 1): number {
  let line = firstLine
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

/**
 * Replaces every match of `pattern` in a body, each through `replace`, which may
 * add a note; notes carry the line of the match in the source file.
 */
export function replaceNoting(
  body: string,
  pattern: RegExp,
  replace: (match: RegExpExecArray, note: (message: string) => void) => string,
  where: { file: string; bodyLine: number; notes: Note[] },
): string {
  let out = ''
  let last = 0
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`
  const regex = new RegExp(pattern.source, flags)
  for (let match = regex.exec(body); match; match = regex.exec(body)) {
    const line = lineAt(body, match.index, where.bodyLine)
    out += body.slice(last, match.index) + replace(match, (message) => where.notes.push({ file: where.file, line, message }))
    last = match.index + match[0].length
    if (match[0].length === 0) regex.lastIndex++
  }
  return out + body.slice(last)
}

/** A short summary from a Markdown body: its prose as the search index reads it, cut near `max` characters. */
export function summaryFrom(markdown: string, max = 160): string | undefined {
  const text = bodyText(markdown, 'md')
  if (!text) return undefined
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`
}
