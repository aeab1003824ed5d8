// A Jekyll site (GitHub Pages, jekyll-theme-chirpy, minimal-mistakes): posts in
// _posts/YYYY-MM-DD-slug.md, Liquid in the body, kramdown attribute lists.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { routes } from '../publishing/routes'
import { moveImages, targetFor } from './images'
import {
  dateOf, fileNameFor, listOf, postText, replaceNoting, splitFrontmatter, stringOf, summaryFrom, uniqueTags,
  type Fields, type ImportResult, type Note,
} from './post'

const POST_FILE = /^(\d{4})-(\d{2})-(\d{2})-(.+)\.(md|markdown|mkd|html)$/

// Chirpy's prompts are GitHub alerts here.
const PROMPTS: Record<string, string> = { tip: 'TIP', info: 'NOTE', warning: 'WARNING', danger: 'CAUTION' }

type Config = { permalink: string; timeZone?: string }

function readConfig(root: string): Config {
  const file = join(root, '_config.yml')
  if (!existsSync(file)) return { permalink: 'date' }
  const data = (parseYaml(readFileSync(file, 'utf8')) ?? {}) as Record<string, unknown>
  return { permalink: stringOf(data.permalink) ?? 'date', timeZone: stringOf(data.timezone) }
}

const PERMALINK_STYLES: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
}

/** The address Jekyll gave the post (its `permalink`, or the site's permalink style). */
export function jekyllUrl(pattern: string, post: { year: string; month: string; day: string; title: string; categories: string[] }): string {
  const template = PERMALINK_STYLES[pattern] ?? pattern
  const slugify = (text: string) => encodeURI(text.normalize('NFC').toLowerCase().replace(/\s+/g, '-'))
  const path = template
    .replace(/:categories/g, post.categories.map(slugify).join('/'))
    .replace(/:year/g, post.year)
    .replace(/:short_year/g, post.year.slice(2))
    .replace(/:i_month/g, String(Number(post.month)))
    .replace(/:month/g, post.month)
    .replace(/:i_day/g, String(Number(post.day)))
    .replace(/:day/g, post.day)
    .replace(/:(title|slug)/g, encodeURI(post.title))
    .replace(/:output_ext/g, '.html')
  return `/${path.split('/').filter(Boolean).join('/')}${path.endsWith('/') ? '/' : ''}`
}

// Drafts (_drafts/) have no date in their file name.
const DRAFT_FILE = /^()()()(.+)\.(md|markdown|mkd|html)$/

function listPosts(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => pattern.test(basename(file)))
    .sort()
}

export function importJekyll(root: string, timeZone: string): ImportResult {
  const config = readConfig(root)
  const notes: Note[] = []
  const files = listPosts(join(root, '_posts'), POST_FILE)
  const drafts = listPosts(join(root, '_drafts'), DRAFT_FILE).map((file) => `_drafts/${file}`)
  // `{% post_url 2023-07-31-slug %}` names a post by its file name without extension.
  const slugByName = new Map<string, string>()
  for (const file of files) {
    const name = basename(file).replace(/\.[^.]+$/, '')
    slugByName.set(name, fileNameFor(POST_FILE.exec(basename(file))![4]))
  }
  const posts = [...files.map((file) => `_posts/${file}`), ...drafts].map((path) => {
    const file = join(root, path)
    const isDraft = path.startsWith('_drafts/')
    const { data, body: rawBody, bodyLine } = splitFrontmatter(readFileSync(file, 'utf8'), path)
    const named = (isDraft ? DRAFT_FILE : POST_FILE).exec(basename(path))!
    const extension = named[5]
    const nameSlug = named[4]
    // A draft's day is its frontmatter date, else the day its file was last saved.
    const [year, month, day] = isDraft
      ? (dateOf(data.date, config.timeZone ?? timeZone) ?? dateOf(statSync(file).mtime, config.timeZone ?? timeZone)!).split('-')
      : named.slice(1, 4)
    const where = { file: path, bodyLine, notes }
    const categories = listOf(data.categories ?? data.category)
    const slug = fileNameFor(stringOf(data.slug) ?? nameSlug)
    const oldUrl = stringOf(data.permalink) ?? jekyllUrl(config.permalink, { year, month, day, title: stringOf(data.slug) ?? nameSlug, categories })

    let body = rawBody
    if (extension === 'html') notes.push({ file: path, message: 'an HTML post: its body is kept as inline HTML of a .md post' })
    body = convertLiquid(body, where, slugByName)
    body = convertKramdown(body, where)
    const more = /<!--\s*more\s*-->/.exec(body)
    const excerpt = more ? body.slice(0, more.index) : undefined
    body = body.replace(/<!--\s*more\s*-->\n?/g, '')
    // Chirpy's `media_subpath` (formerly `img_path`) prefixes relative image paths.
    const mediaPath = stringOf(data.media_subpath) ?? stringOf(data.img_path)
    const moved = moveImages(body, (src) => {
      const path = src.startsWith('/') ? src : mediaPath ? `${mediaPath.replace(/\/$/, '')}/${src}` : undefined
      return path?.startsWith('/') ? join(root, decodeURI(path)) : join(dirname(file), decodeURI(src))
    }, where)

    const image = data.image
    const imagePath = typeof image === 'string' ? image : image && typeof image === 'object' ? stringOf((image as Record<string, unknown>).path) : undefined
    const fields: Fields = {
      title: stringOf(data.title) ?? nameSlug.replace(/-/g, ' '),
      date: dateOf(data.date, config.timeZone ?? timeZone) ?? `${year}-${month}-${day}`,
      lastmod: dateOf(data.last_modified_at ?? data.lastmod ?? data.updated, config.timeZone ?? timeZone),
      tags: uniqueTags(categories, listOf(data.tags ?? data.tag)),
      summary: stringOf(data.description) ?? stringOf(data.excerpt) ?? (excerpt ? summaryFrom(excerpt) : undefined),
      draft: data.published === false || isDraft ? true : undefined,
      images: imagePath && /^https?:/.test(imagePath) ? [imagePath] : undefined,
      redirectFrom: oldUrl !== routes.post(slug) ? [oldUrl] : undefined,
    }
    if (imagePath && !/^https?:/.test(imagePath)) notes.push({ file: path, message: `the cover image ${imagePath} is not imported: put it next to the post and list it in \`images\`` })
    return { source: path, target: targetFor(slug, moved.assets), text: postText(fields, moved.body), assets: moved.assets }
  })
  return { posts, notes }
}

/** Liquid: highlight and raw blocks, site URLs, post links; anything else is left visible and reported. */
function convertLiquid(body: string, where: { file: string; bodyLine: number; notes: Note[] }, slugByName: Map<string, string>): string {
  // {% raw %} protects its content from the steps below.
  const raw: string[] = []
  let out = body.replace(/\{%-?\s*raw\s*-?%\}([\s\S]*?)\{%-?\s*endraw\s*-?%\}/g, (_, inner: string) => `\u0000${raw.push(inner) - 1}\u0000`)
  out = replaceNoting(out, /\{%-?\s*highlight\s+([\w+#-]+)([^%]*)-?%\}\n?([\s\S]*?)\n?\{%-?\s*endhighlight\s*-?%\}/, (m) => {
    const meta = /linenos/.test(m[2]) ? ' showLineNumbers' : ''
    return `\`\`\`${m[1]}${meta}\n${m[3]}\n\`\`\``
  }, where)
  out = out.replace(/\{\{-?\s*site\.(?:baseurl|url)\s*-?\}\}/g, '')
  out = out.replace(/\{\{-?\s*(["'])([^"']*)\1\s*\|\s*(?:relative_url|absolute_url)\s*-?\}\}/g, '$2')
  out = replaceNoting(out, /\{%-?\s*post_url\s+(\S+)\s*-?%\}/, (m, note) => {
    const name = m[1].split('/').pop()!
    const slug = slugByName.get(name)
    if (slug) return routes.post(slug)
    note(`{% post_url ${m[1]} %} names no post in _posts/: the link is left as it is`)
    return m[0]
  }, where)
  // Chirpy's `{% include embed/youtube.html id='…' %}` and the jekyll-youtube plugin's `{% youtube … %}`.
  out = replaceNoting(out, /\{%-?\s*(?:include\s+embed\/youtube\.html\s+id=["']?([\w-]{11})["']?|youtube\s+["']?(?:https?:\/\/\S*?[?&/]v?=?)?([\w-]{6,})["']?)\s*-?%\}/, (m, note) => {
    const id = m[1] ?? m[2]
    note(`a YouTube embed became a link: a .md post has no player (write the post as .mdx and use <YouTube id="${id}" title="…" />)`)
    return `[YouTube 영상](https://www.youtube.com/watch?v=${id})`
  }, where)
  out = replaceNoting(out, /\{%-?\s*include\s+([^%]+?)\s*-?%\}/, (m, note) => {
    note(`{% include ${m[1]} %} is not imported (an include of the old theme): the post has an HTML comment in its place`)
    return `<!-- include ${m[1].replace(/--/g, '- -')} -->`
  }, where)
  out = replaceNoting(out, /\{%-?\s*([a-z_]+)[^%]*-?%\}|\{\{[^}]*\}\}/, (m, note) => {
    note(`Liquid ${m[0].length > 60 ? `${m[0].slice(0, 57)}…` : m[0]} has no equivalent: it is kept as text; rewrite or delete it`)
    return m[0]
  }, where)
  return out.replace(/\u0000(\d+)\u0000/g, (_, i: string) => raw[Number(i)])
}

/** kramdown attribute lists: Chirpy prompts become alerts, a code block's `file` its title; the rest is dropped. */
function convertKramdown(body: string, where: { file: string; bodyLine: number; notes: Note[] }): string {
  const lines = body.split('\n')
  const out: string[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const ial = /^\s*\{:\s*([^}]*)\}\s*$/.exec(line)
    if (!ial) {
      // An inline list after an image or link: `![x](y){: width="700" }`.
      out.push(line.replace(/(\)|\])\{:[^}]*\}/g, '$1'))
      continue
    }
    const attributes = ial[1]
    if (/^toc\b/.test(attributes.trim())) {
      // `* TOC` + `{:toc}`: the page has its own table of contents.
      if (/^\s*[*-]\s+/.test(out.at(-1) ?? '')) out.pop()
      continue
    }
    const prompt = /\.prompt-(\w+)/.exec(attributes)
    if (prompt && PROMPTS[prompt[1]]) {
      // The blockquote just above becomes `> [!TIP]`.
      let start = out.length
      while (start > 0 && out[start - 1].startsWith('>')) start--
      if (start < out.length) out.splice(start, 0, `> [!${PROMPTS[prompt[1]]}]`)
      continue
    }
    const file = /\bfile=["']([^"']+)["']/.exec(attributes)
    if (file && /^(```|~~~)\s*$/.test(out.at(-1) ?? '')) {
      // The fence just above (closed on the previous line) gets a title.
      for (let j = out.length - 2; j >= 0; j--) {
        if (/^(```|~~~)/.test(out[j])) {
          out[j] += ` title="${file[1]}"`
          break
        }
      }
      continue
    }
    where.notes.push({ file: where.file, line: where.bodyLine + i, message: `kramdown attributes {: ${attributes.trim()}} have no equivalent and were dropped` })
  }
  return out.join('\n')
}

export const isJekyll = (root: string) => existsSync(join(root, '_posts')) || existsSync(join(root, '_config.yml'))
