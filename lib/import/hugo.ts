// A Hugo site (PaperMod and most themes): content/<section>/*.md or page
// bundles (content/posts/slug/index.md with its images), YAML or TOML
// frontmatter, shortcodes in the body.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, join, sep } from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { parse as parseYaml } from 'yaml'
import { routes } from '../publishing/routes'
import { moveImages, targetFor } from './images'
import {
  dateOf, fileNameFor, listOf, postText, replaceNoting, splitFrontmatter, stringOf, uniqueTags,
  type Fields, type ImportResult, type Note,
} from './post'

const CONFIG_FILES = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'config.toml', 'config.yaml', 'config.yml']

function readConfig(root: string): { permalinks: Record<string, string>; timeZone?: string } {
  const file = CONFIG_FILES.map((name) => join(root, name)).find(existsSync)
  if (!file) return { permalinks: {} }
  const text = readFileSync(file, 'utf8')
  const data = (file.endsWith('.toml') ? parseToml(text) : parseYaml(text)) as Record<string, unknown>
  const permalinks = (data.permalinks ?? {}) as Record<string, unknown>
  return {
    permalinks: Object.fromEntries(Object.entries(permalinks).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : []))),
    timeZone: stringOf(data.timeZone) ?? stringOf(data.timezone),
  }
}

/** Hugo's `urlize`: lower case, spaces to dashes. */
const urlize = (text: string) => text.normalize('NFC').trim().toLowerCase().replace(/\s+/g, '-')

/** The address Hugo gave the post: its `url`, the section's permalink pattern, or /<section>/<slug>/. */
export function hugoUrl(pattern: string | undefined, post: { section: string; slug: string; title: string; date: string }): string {
  const [year, month, day] = post.date.split('-')
  const path = (pattern ?? `/${post.section}/:slug/`)
    .replace(/:year/g, year)
    .replace(/:month/g, month)
    .replace(/:day/g, day)
    .replace(/:section/g, post.section)
    .replace(/:(slug|contentbasename|filename)/g, post.slug)
    .replace(/:title/g, urlize(post.title))
  return encodeURI(path.replace(/\/{2,}/g, '/'))
}

const SHORTCODE = /\{\{([<%])\s*(\/?)\s*([\w./-]+)((?:\s+(?:"[^"]*"|'[^']*'|`[^`]*`|[^\s>%}]+))*)\s*[>%]\}\}/

/** `src="a.png" alt='b'` or positional `abc123` → named and positional values. */
function shortcodeArgs(text: string): { named: Record<string, string>; positional: string[] } {
  const named: Record<string, string> = {}
  const positional: string[] = []
  for (const m of text.matchAll(/(?:([\w-]+)=)?("([^"]*)"|'([^']*)'|`([^`]*)`|([^\s"'`]+))/g)) {
    const value = m[3] ?? m[4] ?? m[5] ?? m[6] ?? ''
    if (m[1]) named[m[1]] = value
    else positional.push(value)
  }
  return { named, positional }
}

function convertShortcodes(body: string, where: { file: string; bodyLine: number; notes: Note[] }, slugOfFile: (ref: string) => string | undefined) {
  // highlight wraps a block: turn it into a fence first.
  let out = replaceNoting(body, /\{\{<\s*highlight\s+([\w+#-]+)\s*(?:"([^"]*)")?\s*>\}\}\n?([\s\S]*?)\n?\{\{<\s*\/\s*highlight\s*>\}\}/, (m) => {
    const options = m[2] ?? ''
    const lines = /hl_lines=\[?([\d\s,-]+)\]?/.exec(options)?.[1].trim().replace(/\s+/g, ',')
    const meta = `${/linenos=(table|inline|true)/.test(options) ? ' showLineNumbers' : ''}${lines ? ` {${lines}}` : ''}`
    return `\`\`\`${m[1]}${meta}\n${m[3]}\n\`\`\``
  }, where)
  out = replaceNoting(out, SHORTCODE, (m, note) => {
    const [, , closing, name, rawArgs] = m
    const { named, positional } = shortcodeArgs(rawArgs ?? '')
    if (closing) return ''
    switch (name) {
      case 'figure': {
        const src = named.src ?? ''
        const alt = named.alt ?? named.title ?? named.caption ?? ''
        const caption = named.caption ?? named.title
        return `![${alt}](${src})${caption && caption !== alt ? `\n\n_${caption}_` : ''}`
      }
      case 'youtube': {
        const id = named.id ?? positional[0]
        note(`{{< youtube ${id} >}} became a link: a .md post has no player (write the post as .mdx and use <YouTube id="${id}" title="…" />)`)
        return `[YouTube 영상](https://www.youtube.com/watch?v=${id})`
      }
      case 'ref':
      case 'relref': {
        const target = positional[0] ?? named.path ?? ''
        const slug = slugOfFile(target)
        if (slug) return routes.post(slug)
        note(`{{< ${name} "${target}" >}} names no imported post: the link is left empty`)
        return '#'
      }
      case 'gist':
      case 'tweet':
      case 'x':
      case 'instagram':
      case 'vimeo': {
        note(`{{< ${name} ${rawArgs.trim()} >}} is not embedded (it would load another site): replaced by a link`)
        const url =
          name === 'gist' ? `https://gist.github.com/${positional.join('/')}` :
          name === 'vimeo' ? `https://vimeo.com/${named.id ?? positional[0]}` :
          name === 'instagram' ? `https://www.instagram.com/p/${named.id ?? positional[0]}/` :
          `https://x.com/${named.user ?? 'i'}/status/${named.id ?? positional.at(-1)}`
        return `[${name}](${url})`
      }
      default:
        note(`the shortcode {{${m[1]} ${name} ${m[1] === '<' ? '>' : '%'}}} has no equivalent: removed (what it wraps is kept); rewrite that part by hand`)
        return ''
    }
  }, where)
  return out
}

function listContent(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(md|markdown)$/i.test(file))
    .map((file) => file.split(sep).join('/'))
    .sort()
}

export function importHugo(root: string, timeZone: string): ImportResult {
  const config = readConfig(root)
  const notes: Note[] = []
  const contentDir = join(root, 'content')
  const files = listContent(contentDir)
  const pages = files.filter((file) => !/(^|\/)_index\.md$/.test(file))
  for (const file of files.filter((file) => !pages.includes(file))) {
    notes.push({ file: `content/${file}`, message: 'a section page (_index.md): not a post, not imported' })
  }
  const slugFor = (file: string, data: Record<string, unknown>) =>
    fileNameFor(stringOf(data.slug) ?? (/(^|\/)index\.md$/.test(file) ? basename(dirname(file)) : basename(file).replace(/\.[^.]+$/, '')))
  const read = pages.map((file) => {
    const parsed = splitFrontmatter(readFileSync(join(contentDir, file), 'utf8'), `content/${file}`)
    return { file, ...parsed, slug: slugFor(file, parsed.data) }
  })
  // `{{< ref "other.md" >}}` names a page by its path or file name.
  const slugOfFile = (ref: string) => {
    const clean = ref.replace(/^\/+/, '').replace(/#.*$/, '')
    return read.find(({ file }) => file === clean || file.endsWith(`/${clean}`) || file.replace(/\/index\.md$/, '') === clean.replace(/\/$/, ''))?.slug
  }
  const posts = read.map(({ file, data, body: rawBody, bodyLine, slug }) => {
    const path = `content/${file}`
    const where = { file: path, bodyLine, notes }
    const section = file.includes('/') ? file.split('/')[0] : ''
    const title = stringOf(data.title) ?? slug
    const date = dateOf(data.date ?? data.publishDate, config.timeZone ?? timeZone)
    if (!date) notes.push({ file: path, line: 2, message: 'no `date`: set to 1970-01-01, give the post its real date' })
    let body = convertShortcodes(rawBody, where, slugOfFile)
    body = body.replace(/<!--\s*more\s*-->\n?/g, '')
    const moved = moveImages(body, (src) => (src.startsWith('/') ? join(root, 'static', decodeURI(src)) : join(contentDir, dirname(file), decodeURI(src))), where)
    body = moved.body
    const oldUrls = [stringOf(data.url) ?? hugoUrl(config.permalinks[section], { section, slug, title, date: date ?? '1970-01-01' }), ...listOf(data.aliases)]
    const newUrl = routes.post(slug)
    const fields: Fields = {
      title,
      date: date ?? '1970-01-01',
      lastmod: dateOf(data.lastmod, config.timeZone ?? timeZone),
      tags: uniqueTags(listOf(data.categories, /,/), listOf(data.tags, /,/)),
      summary: stringOf(data.description) ?? stringOf(data.summary),
      draft: data.draft === true ? true : undefined,
      series: listOf(data.series)[0],
      images: listOf(data.images).filter((image) => /^https?:/.test(image)),
      redirectFrom: [...new Set(oldUrls.map((url) => (url.startsWith('/') ? url : `/${url}`)))].filter((url) => url.replace(/\/$/, '') !== newUrl),
    }
    return { source: path, target: targetFor(slug, moved.assets), text: postText(fields, body), assets: moved.assets }
  })
  return { posts, notes }
}

export const isHugo = (root: string) => CONFIG_FILES.some((name) => existsSync(join(root, name))) && existsSync(join(root, 'content'))
