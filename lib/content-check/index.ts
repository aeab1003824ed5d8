// The writer's proofreader: reads every post and author file the way the build
// will and reports each mistake once, with the file, line, column, field, what
// was expected and what was found. It runs before contentlayer2 (whose own
// messages name no line and miss impossible dates, non-boolean drafts, MDX
// syntax and unknown components), so `npm run build` stops here with a message
// that says where to look. `npm run dev` runs it on every change too.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Pair } from 'yaml'
import { normalizeOldPath } from '../content/redirects'
import { mdxComponentNames } from '../markdown/component-names'
import { Author, Post, UNPUBLISHED_DIR } from '../../contentlayer.config'
import { bodyFormatOf, POST_FILE_EXTENSIONS } from '../markdown/format'
import { createParser } from '../markdown/parser'
import { CONTENT_ASSETS, isExternalUrl, isPostAsset, postAssetPath, publicFile } from '../markdown/post-assets.mjs'
import { routes } from '../publishing/routes'
import { YOUTUBE_ID } from '../site/embeds'
import { closest } from './closest'
import { formatIssue, formatReport, type Issue } from './issue'
import { frontmatterDate, isPublished } from '../content/publishing-rule'
import { postLanguageFromPath, postSlugFromPath, tagSlug } from '../content/slug'
import { siteLanguage } from '../site/language'
import { anchorIds, linkProblems, linksOf, type Link, type LinkTarget } from './links'

export { formatIssue, formatReport, type Issue }

type FieldDef = { type: string; required?: boolean; of?: { type: string }; options?: readonly string[] }
type Fields = Record<string, FieldDef>

function fieldsOf(type: typeof Post | typeof Author): Fields {
  const def = typeof type.def === 'function' ? type.def() : type.def
  const fields: Fields = {}
  for (const [name, field] of Object.entries(def.fields ?? {})) {
    fields[name] = {
      type: field.type,
      required: 'required' in field ? field.required : false,
      of: 'of' in field && field.of && 'type' in field.of ? { type: String(field.of.type) } : undefined,
      options: 'options' in field ? field.options : undefined,
    }
  }
  return fields
}

/** Files under `dir` whose names end in one of `extensions`, sorted. */
function listFiles(dir: string, extensions: readonly string[]): string[] {
  try {
    if (!statSync(dir).isDirectory()) return []
  } catch {
    return []
  }
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => extensions.some((extension) => file.endsWith(extension)))
    .map((file) => join(dir, file))
    .sort()
}

function displayPath(file: string): string {
  const rel = relative(process.cwd(), file)
  return rel.startsWith('..') ? file : rel
}

/** What a YAML value looks like to a writer: "the text "yes"", "a list", "the number 3". */
function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing'
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`
  if (typeof value === 'number') return `the number ${value}`
  if (typeof value === 'boolean') return `${value}`
  if (Array.isArray(value)) return `a list ${JSON.stringify(value)}`
  return `a map ${JSON.stringify(value)}`
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

/** Why `value` is not a date a reader's calendar has, or null when it is one. */
export function dateProblem(value: string): string | null {
  const match = DATE.exec(value.trim())
  if (!match) return 'not in the form YYYY-MM-DD'
  const [year, month, day, hour = '0', minute = '0', second = '0'] = match.slice(1).map((part) => part ?? undefined)
  const m = Number(month)
  if (m < 1 || m > 12) return `there is no month ${m}`
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate()
  if (Number(day) < 1 || Number(day) > daysInMonth) return `${year}-${month} has no day ${Number(day)}`
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return 'the time of day is impossible'
  return null
}

const EXAMPLES: Record<string, string> = {
  string: "text, e.g. title: '글 제목'",
  date: "a calendar date as YYYY-MM-DD, e.g. date: '2024-03-01'",
  boolean: 'true or false',
  number: 'a number, e.g. 2',
  list: "a list of text, e.g. tags: ['회고', '테스트']",
}

function expectedFor(def: FieldDef): string {
  if (def.type === 'enum' && def.options) return `one of ${def.options.join(', ')}`
  return EXAMPLES[def.type] ?? def.type
}

type Parsed = {
  data: Record<string, unknown>
  fieldLine: (field: string) => { line: number; column: number } | undefined
  body: string
  /** the line of the closing --- */
  closeLine: number
}

/**
 * Splits the frontmatter from the body. The body keeps its line numbers: the
 * frontmatter lines are blanked, so an MDX message's line is the file's line.
 */
function parseFile(file: string, source: string, report: (issue: Omit<Issue, 'file'>) => void): Parsed | null {
  const text = source.replace(/^\uFEFF/, '')
  if (text.trim() === '') {
    report({
      severity: 'error',
      line: 1,
      problem: 'the file is empty',
      expected: "frontmatter between --- lines with at least title and date, then the post's body",
      found: 'an empty file',
    })
    return null
  }
  const lines = text.split(/\r?\n/)
  if (lines[0].trim() !== '---') {
    report({
      severity: 'error',
      line: 1,
      column: 1,
      problem: 'the file does not start with frontmatter',
      expected: "a first line of --- followed by title: and date:, closed by another ---",
      found: JSON.stringify(lines[0].slice(0, 60)),
    })
    return null
  }
  const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line))
  if (close === -1) {
    report({
      severity: 'error',
      line: 1,
      column: 1,
      problem: 'the frontmatter is never closed',
      expected: 'a line of --- after the last frontmatter field',
      found: 'no closing --- before the end of the file',
    })
    return null
  }
  const yamlText = lines.slice(1, close).join('\n')
  const counter = new LineCounter()
  // The core schema keeps `2023-13-45` a string, so an impossible date is
  // reported as written instead of silently rolling over into 2024.
  const doc = parseDocument(yamlText, { schema: 'core', lineCounter: counter, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length > 0) {
    const error = doc.errors[0]
    const pos = counter.linePos(error.pos[0])
    report({
      severity: 'error',
      line: pos.line + 1,
      column: pos.col,
      problem: `the frontmatter is not valid YAML (${error.message.replace(/\s+at line \d+, column \d+.*$/s, '')})`,
      expected: "one `field: value` per line; quote text that contains ':' or starts with a symbol, e.g. title: '제목: 부제'",
      found: JSON.stringify(lines[pos.line] ?? ''),
    })
    return null
  }
  const value: unknown = doc.toJS()
  if (value !== null && (typeof value !== 'object' || Array.isArray(value))) {
    report({
      severity: 'error',
      line: 2,
      column: 1,
      problem: 'the frontmatter is not a list of fields',
      expected: 'lines of `field: value`',
      found: describe(value),
    })
    return null
  }
  const data: Record<string, unknown> = value && typeof value === 'object' ? Object.fromEntries(Object.entries(value)) : {}
  const fieldLine = (field: string) => {
    if (!isMap(doc.contents)) return undefined
    const pair = doc.contents.items.find((item: Pair) => isScalar(item.key) && item.key.value === field)
    const node = pair?.value ?? pair?.key
    const range = (isScalar(node) || isSeq(node) || isMap(node) ? node.range : undefined) ?? (isScalar(pair?.key) ? pair.key.range : undefined)
    if (!range) return undefined
    const pos = counter.linePos(range[0])
    return { line: pos.line + 1, column: pos.col }
  }
  const body = lines.map((line, i) => (i <= close ? '' : line)).join('\n')
  return { data, fieldLine, body, closeLine: close + 1 }
}

function checkFields(fields: Fields, parsed: Parsed, report: (issue: Omit<Issue, 'file'>) => void) {
  const known = Object.keys(fields)
  for (const [name, value] of Object.entries(parsed.data)) {
    const def = fields[name]
    const at = parsed.fieldLine(name)
    if (!def) {
      const hint = closest(name, known)
      report({
        severity: 'warning',
        ...at,
        field: name,
        problem: `unknown field \`${name}\` is ignored${hint ? ` (did you mean \`${hint}\`?)` : ''}`,
        expected: `one of ${known.join(', ')}`,
        found: name,
      })
      continue
    }
    if (value === null || value === undefined) continue
    const wrong = (problem: string, found = describe(value)) =>
      report({ severity: 'error', ...at, field: name, problem, expected: expectedFor(def), found })
    switch (def.type) {
      case 'string':
        if (typeof value !== 'string') wrong(`\`${name}\` must be text`)
        else if (def.required && value.trim() === '') wrong(`\`${name}\` is empty`)
        break
      case 'date':
        if (typeof value !== 'string') wrong(`\`${name}\` must be a date`)
        else {
          const problem = dateProblem(value)
          if (problem) wrong(`\`${name}\` is not a real date: ${problem}`)
        }
        break
      case 'boolean':
        if (typeof value !== 'boolean') wrong(`\`${name}\` must be true or false`)
        break
      case 'number':
        if (typeof value !== 'number') wrong(`\`${name}\` must be a number`)
        break
      case 'enum':
        if (typeof value !== 'string' || !def.options?.includes(value)) wrong(`\`${name}\` is not one of the allowed values`)
        break
      case 'list':
        if (!Array.isArray(value)) wrong(`\`${name}\` must be a list`)
        else if (def.of?.type === 'string' && value.some((item) => typeof item !== 'string'))
          wrong(`every item of \`${name}\` must be text`)
        break
    }
  }
  for (const [name, def] of Object.entries(fields)) {
    const value = parsed.data[name]
    if (def.required && (value === undefined || value === null)) {
      report({
        severity: 'error',
        line: parsed.closeLine,
        column: 1,
        field: name,
        problem: `the required field \`${name}\` is missing`,
        expected: expectedFor(def),
        found: value === null ? `\`${name}:\` with no value` : 'no such line in the frontmatter',
      })
    }
  }
}

// Paths the site itself serves (pages and files from routes.ts, plus build and public folders):
// an old address there would shadow them or never be reached.
const RESERVED_FOLDERS = [
  routes.blog(), routes.tags(), routes.allSeries(), routes.authors(), routes.archive(), routes.search(), routes.about(),
  routes.projects(), routes.postOgImage('').replace(/\/[^/]*$/, ''), routes.searchShard('').replace(/\/[^/]*$/, ''),
  CONTENT_ASSETS, '/_next', '/api', '/static', '/katex', routes.mermaidModule().replace(/\/[^/]*$/, ''),
]
const RESERVED_FILES = new Set([...Object.values(routes.feeds()), routes.sitemap(), routes.robots(), routes.searchIndex(), routes.siteOgImage()])
const isReservedPath = (path: string) =>
  RESERVED_FILES.has(path) || RESERVED_FOLDERS.some((folder) => path === folder || path.startsWith(`${folder}/`))

/** `redirectFrom`: site paths of the post's old addresses, each used by one post only. */
function checkRedirects(parsed: Parsed, slug: string, file: string, seen: Map<string, string>, report: (issue: Omit<Issue, 'file'>) => void) {
  const value = parsed.data.redirectFrom
  if (!Array.isArray(value)) return
  for (const item of value.map(String)) {
    const path = normalizeOldPath(item)
    const problem = !item.startsWith('/') || /[?#]/.test(item)
      ? 'an old address must be a path of the old site, starting with / and without ?query or #fragment'
      : path === '/' || isReservedPath(path)
        ? `${path} is a page of this site: a redirect there would hide it`
        : seen.has(path) && seen.get(path) !== file
          ? `${path} is already an old address of ${seen.get(path)}`
          : undefined
    if (problem) {
      report({ severity: 'error', ...parsed.fieldLine('redirectFrom'), field: 'redirectFrom', problem, expected: `old paths such as /2023/07/31/${slug}.html, one post each`, found: item })
    } else seen.set(path, file)
  }
}

type Place = { line?: number; column?: number }
const placeOf = (node: { position?: { start: { line: number; column: number } } }): Place => ({
  line: node.position?.start.line,
  column: node.position?.start.column,
})

/** JSX tags a post uses that the renderer does not provide (lowercase tags are HTML). */
function unknownComponents(tree: Root, allowed: ReadonlySet<string>): (Place & { name: string })[] {
  const found: (Place & { name: string })[] = []
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return
    const name = node.name
    if (!name || !/^[A-Z]|\./.test(name) || allowed.has(name)) return
    found.push({ name, ...placeOf(node) })
  })
  return found
}

// What lib/markdown/safe-html.ts takes out of a `.md` post's HTML, as the writer wrote it.
const REMOVED_HTML = /<(script|style|iframe|object|embed|form|button|input|textarea|svg)\b|\son[a-z]+\s*=|(?:href|src)\s*=\s*["']?\s*(?:javascript|data|vbscript):/gi

/** Inline HTML a `.md` post loses when it is sanitised: scripts, embeds, event handlers, `javascript:` links. */
function removedHtml(tree: Root): (Place & { tag: string })[] {
  const found: (Place & { tag: string })[] = []
  visit(tree, 'html', (node) => {
    for (const match of node.value.matchAll(REMOVED_HTML)) {
      const handler = /on[a-z]+/i.exec(match[0])
      const scheme = /(javascript|data|vbscript):/i.exec(match[0])
      const tag = match[1] ? `<${match[1].toLowerCase()}>` : scheme ? `a ${scheme[1].toLowerCase()}: address` : `${handler?.[0]}=`
      found.push({ tag, ...placeIn(node, match.index) })
    }
  })
  return found
}

/** The line and column of `offset` inside a node's text (an HTML node spans lines). */
function placeIn(node: { value: string; position?: { start: { line: number; column: number } } }, offset: number): Place {
  const start = node.position?.start
  if (!start) return {}
  const before = node.value.slice(0, offset).split('\n')
  return before.length === 1
    ? { line: start.line, column: start.column + offset }
    : { line: start.line + before.length - 1, column: before[before.length - 1].length + 1 }
}

const IMG_SRC = /<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi

/** Image paths a post uses: `![](src)`, `<Image src="...">` and, in a `.md` post, `<img src="...">`. */
function imageSources(tree: Root): (Place & { src: string })[] {
  const found: (Place & { src: string })[] = []
  visit(tree, (node) => {
    if (node.type === 'image') found.push({ src: node.url, ...placeOf(node) })
    if (node.type === 'html') {
      for (const match of node.value.matchAll(IMG_SRC)) found.push({ src: match[1] ?? match[2] ?? match[3], ...placeIn(node, match.index) })
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Image') {
      const src = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'src')?.value
      if (typeof src === 'string') found.push({ src, ...placeOf(node) })
    }
  })
  return found
}

type ImageProblem = { problem: string; expected: string }

/**
 * What is wrong with an image path of a post, by the rules the renderer and
 * scripts/copy-assets.mjs serve it with (lib/markdown/post-assets.mjs), or
 * null when the reader will see the image (or it is on another site).
 */
function imageProblem(src: string, postFile: string, contentDir: string): ImageProblem | null {
  if (isExternalUrl(src)) return null
  if (src.startsWith('/')) {
    const file = publicFile(src)
    if (file && existsSync(file)) return null
    return {
      problem: `the image ${src} does not exist`,
      expected: `a file ${file ? displayPath(file) : 'inside public/'} (paths starting with / are read from public/)`,
    }
  }
  const postDir = relative(contentDir, dirname(postFile)).split(sep).join('/')
  const path = postAssetPath(postDir, src)
  if (path === undefined) {
    return { problem: `the image ${src} is outside the content folder`, expected: 'an image file next to the post, e.g. ./diagram.svg' }
  }
  const file = join(contentDir, path)
  if (!existsSync(file)) return { problem: `the image ${src} does not exist`, expected: `a file ${displayPath(file)} next to the post` }
  if (!isPostAsset(path)) {
    return {
      problem: `the image ${src} is not published with the post`,
      expected: 'a .png, .jpg, .jpeg, .gif, .webp, .avif or .svg file inside blog/ (only those are copied to the site)',
    }
  }
  return null
}

/** Checks a post's body (MDX, or Markdown for `.md`); returns its tree (for the link check) unless it is not valid MDX. */
async function checkBody(
  file: string,
  contentDir: string,
  parsed: Parsed,
  report: (issue: Omit<Issue, 'file'>) => void,
): Promise<Root | undefined> {
  const allowed = new Set<string>(mdxComponentNames)
  let tree: Root
  try {
    // The pages' own parser and remark plugins (lib/markdown/parser.ts): MDX syntax
    // errors come from it, and the pages compile each post once, not a second time here.
    const parser = createParser(bodyFormatOf(file))
    tree = (await parser.run(parser.parse(parsed.body))) as Root
  } catch (error) {
    const message = error instanceof Error ? error : new Error(String(error))
    const numberOf = (key: 'line' | 'column') =>
      key in message && typeof Reflect.get(message, key) === 'number' ? Number(Reflect.get(message, key)) : undefined
    const reason = message.message.split('\n')[0]
    // Some parser errors carry their place only inside the text: "(8:1-8:23)".
    const inText = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason)
    const line = numberOf('line') ?? (inText ? Number(inText[1]) : undefined)
    const column = numberOf('column') ?? (inText ? Number(inText[2]) : undefined)
    const sourceLine = line !== undefined ? parsed.body.split('\n')[line - 1] : undefined
    report({
      severity: 'error',
      line,
      column,
      problem: `MDX syntax error: ${reason}`,
      expected:
        'closed JSX tags (<Image ... /> or <Tag>…</Tag>) and balanced { }; write \\{ or `{` in code to show a literal brace',
      found: sourceLine !== undefined ? JSON.stringify(sourceLine.trim()) : undefined,
    })
    return undefined
  }
  for (const { name, line, column } of unknownComponents(tree, allowed)) {
    report({
      severity: 'error',
      line,
      column,
      problem: `the component <${name}> is not available in posts`,
      expected: `one of ${[...allowed].map((n) => `<${n}>`).join(', ')} (add new ones to lib/markdown/component-names.ts and components/mdx-components.tsx)`,
      found: `<${name}>`,
    })
  }
  // `<YouTube id="…" />`: the video's id as text, or the reader gets a player that plays nothing.
  visit(tree, (node) => {
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== 'YouTube') return
    const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value
    if (typeof id === 'string' && YOUTUBE_ID.test(id)) return
    report({
      severity: 'error',
      ...placeOf(node),
      problem: '<YouTube> needs the id of a video',
      expected: 'id="…" with the 11 characters after watch?v= in the video\'s address, e.g. <YouTube id="M7lc1UVf-VE" title="…" />',
      found: typeof id === 'string' ? id : 'no id="…"',
    })
  })
  for (const { line, column, tag } of removedHtml(tree)) {
    report({
      severity: 'warning',
      line,
      column,
      problem: `${tag} in a .md post is removed from the page (inline HTML is kept only as inert markup)`,
      expected: 'plain HTML such as <br>, <img>, <details> or <kbd>; for scripts or embeds, write the post as .mdx with a component',
      found: tag,
    })
  }
  for (const { src, line, column } of imageSources(tree)) {
    const found = imageProblem(src, file, contentDir)
    if (found) report({ severity: 'error', line, column, ...found, found: src })
  }
  return tree
}

/** Checks a content folder (with blog/ and authors/) and returns every problem found. */
export async function checkContent(contentDir: string): Promise<Issue[]> {
  const issues: Issue[] = []
  const postFields = fieldsOf(Post)
  const authorFields = fieldsOf(Author)
  const authorsDir = join(contentDir, 'authors')
  const authorIds = new Set(
    listFiles(authorsDir, ['.mdx']).map((file) => relative(authorsDir, file).split(sep).join('/').replace(/\.mdx$/, '').normalize('NFC')),
  )

  for (const file of listFiles(authorsDir, ['.mdx'])) {
    const report = (issue: Omit<Issue, 'file'>) => issues.push({ file: displayPath(file), ...issue })
    const parsed = parseFile(file, readFileSync(file, 'utf8'), report)
    if (parsed) checkFields(authorFields, parsed, report)
  }

  const blogDir = join(contentDir, 'blog')
  // Never built, so never checked: a half-written post there must not stop a build.
  const unpublishedDir = join(contentDir, UNPUBLISHED_DIR)
  const slugs = new Map<string, string>()
  const oldPaths = new Map<string, string>()
  // Links are checked once every post is known: a link may name a post read later.
  const linking: { target: LinkTarget; links: Link[]; file: string; report: (issue: Omit<Issue, 'file'>) => void }[] = []
  for (const file of listFiles(blogDir, POST_FILE_EXTENSIONS).filter((file) => relative(unpublishedDir, file).startsWith('..'))) {
    const source = readFileSync(file, 'utf8')
    const report = (issue: Omit<Issue, 'file'>) => issues.push({ file: displayPath(file), ...issue })
    const parsed = parseFile(file, source, report)
    if (!parsed) continue
    const before = issues.length
    checkFields(postFields, parsed, report)
    const fieldsOk = !issues.slice(before).some((issue) => issue.severity === 'error')

    if (fieldsOk) {
      const authors = Array.isArray(parsed.data.authors) ? parsed.data.authors.map(String) : []
      for (const id of authors) {
        if (authorIds.has(id.normalize('NFC'))) continue
        report({
          severity: 'error',
          ...parsed.fieldLine('authors'),
          field: 'authors',
          problem: `no author file for the id \`${id}\``,
          expected: `a file ${displayPath(join(authorsDir, `${id}.mdx`))}, or one of: ${[...authorIds].join(', ') || '(none)'}`,
          found: id,
        })
      }
      const bibliography = parsed.data.bibliography
      if (typeof bibliography === 'string') {
        const isUrl = /^[a-z]+:\/\//i.test(bibliography)
        const bibFile = join(dirname(file), bibliography)
        if (isUrl || !existsSync(bibFile)) {
          report({
            severity: 'error',
            ...parsed.fieldLine('bibliography'),
            field: 'bibliography',
            problem: isUrl
              ? 'the bibliography must be a file, not a URL (builds never go online)'
              : `no bibliography file ${displayPath(bibFile)}`,
            expected: 'the name of a BibTeX file next to the post, e.g. bibliography: refs.bib',
            found: bibliography,
          })
        }
      }
      const override = typeof parsed.data.slug === 'string' ? parsed.data.slug : undefined
      const slug = postSlugFromPath(relative(contentDir, file).split(sep).join('/'), override)
      // A translation (`x.en.mdx`) shares its original's slug, under its own language's path.
      const address = routes.post(slug, postLanguageFromPath(relative(contentDir, file), siteLanguage))
      const other = slugs.get(address)
      if (other) {
        report({
          severity: 'error',
          ...(override ? parsed.fieldLine('slug') : { line: 1 }),
          field: 'slug',
          problem: `two posts have the slug \`${slug}\` (the other is ${other}); both would be ${address}${
            other.replace(/\.mdx?$/, '') === displayPath(file).replace(/\.mdx?$/, '') ? ' (the same name as .md and .mdx: keep one)' : ''
          }`,
          expected: 'a slug no other post uses: rename the file or set slug: in the frontmatter',
          found: slug,
        })
      } else slugs.set(address, displayPath(file))
      checkRedirects(parsed, slug, displayPath(file), oldPaths, report)
    }
    const tree = await checkBody(file, contentDir, parsed, report)
    if (tree) {
      const pathInContent = relative(contentDir, file).split(sep).join('/').normalize('NFC')
      const override = fieldsOk && typeof parsed.data.slug === 'string' ? parsed.data.slug : undefined
      const date = typeof parsed.data.date === 'string' && !dateProblem(parsed.data.date) ? frontmatterDate(parsed.data.date) : undefined
      const draft = parsed.data.draft === true
      linking.push({
        file,
        report,
        links: linksOf(tree),
        target: {
          path: pathInContent,
          slug: postSlugFromPath(pathInContent, override),
          published: date ? isPublished({ draft, date }) : !draft,
          ids: anchorIds(tree, { bibliography: typeof parsed.data.bibliography === 'string' }),
          tags: Array.isArray(parsed.data.tags) ? parsed.data.tags.filter((tag) => typeof tag === 'string').map(tagSlug) : [],
        },
      })
    }
  }
  const posts = linking.map(({ target }) => target)
  for (const { target, links, file, report } of linking) {
    const fileProblem = (src: string) => imageProblem(src, file, contentDir)
    for (const issue of linkProblems(links, { source: target, posts, fileProblem })) report(issue)
  }
  return issues
}
