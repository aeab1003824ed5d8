// The font step of the prepare step (scripts/fonts.mjs): Pretendard cut down to
// the glyphs this site shows, in files split by how often they are used
// (subset-plan.ts), written with their @font-face rules to .fonts/ (git-ignored),
// which app/globals.css imports. harfbuzz's wasm subsetter runs offline; the 2 MB
// variable font is only read here, never served.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, sep } from 'node:path'
import subsetFont from 'subset-font'
import { getAllSeries, getAuthors, getTags, getVisiblePosts } from '@/lib/content'
import { formatDate } from '@/lib/site/format-date'
import { glyphPlan, unicodeRange, type GlyphDocument } from './subset-plan'

/** The family the site's CSS names first (--font-sans in app/globals.css). */
export const FONT_FAMILY = 'Pretendard Subset'
/** The weights the site uses (Tailwind typography: 400 text to 800 titles); the axis is cut to them. */
const WEIGHTS = { min: 400, max: 800 }
const CSS_FILE = 'pretendard-subset.css'

const pretendardDir = join(dirname(createRequire(import.meta.url).resolve('pretendard/package.json')), 'dist', 'web', 'variable')

/** Every text this build shows a reader: posts (drafts too in dev, as the pages do), tags, series, authors, UI strings. */
export function siteText(root: string): GlyphDocument {
  const posts = getVisiblePosts()
  // The UI strings and the site config are read as source: every literal in them may be shown.
  const sources = ['lib/site/i18n.ts', 'data/site-config.ts', 'data/projects.ts']
    .map((file) => join(root, file))
    .filter(existsSync)
    .map((file) => readFileSync(file, 'utf8'))
  // Dates are written by Intl (`2023년 7월 31일`): one in each month covers every word it uses.
  const dates = Array.from({ length: 12 }, (_, month) => formatDate(new Date(Date.UTC(2024, month, 15)).toISOString()))
  const chrome = [
    ...sources,
    ...dates,
    ...posts.map((post) => post.title),
    ...getTags(posts).map((tag) => tag.name),
    ...getAllSeries(posts).map((series) => series.name),
    ...getAuthors().map((author) => [author.name, author.occupation, author.company, author.body.raw].join(' ')),
  ].join('\n')
  const pages = posts.map((post) => [post.title, post.summary, ...post.tags, post.series, post.body.raw].join('\n'))
  return { chrome, pages }
}

/**
 * Pretendard's own dynamic-subset slices, renamed into our family and declared
 * first: a character this build did not see (a query typed into search, a post
 * added while `npm run dev` runs) is still drawn by Pretendard. Faces of one
 * family are tried last-declared first, so a slice is fetched only for a
 * character none of our files has.
 */
function catchAllFaces(outDir: string): string {
  const css = readFileSync(join(pretendardDir, 'pretendardvariable-dynamic-subset.css'), 'utf8')
  const base = relative(outDir, pretendardDir).split(sep).join('/')
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replaceAll("'Pretendard Variable'", `'${FONT_FAMILY}'`)
    .replace(/url\(\.\//g, `url(${base}/`)
    .replace(/\n\s*\n/g, '\n')
    .trim()
}

/**
 * One file's rule. The first file is not inlined into the stylesheet: Chromium decodes a data: URL font
 * asynchronously too (measured: the tag page still shifted on the swap), and inlined it would only delay the
 * first paint by its 75 KB.
 */
function face(src: string, chars: readonly string[]): string {
  // The same descriptors as the catch-all faces, so all are one family to the font matcher.
  return [
    '@font-face {',
    `  font-family: '${FONT_FAMILY}';`,
    '  font-style: normal;',
    '  font-display: swap;',
    '  font-weight: 45 920;',
    `  src: url(${src}) format('woff2');`,
    `  unicode-range: ${unicodeRange(chars)};`,
    '}',
  ].join('\n')
}

export type FontBuild = { files: { file: string; glyphs: number; bytes: number }[]; cssPath: string }

/** Writes the font files and their CSS into `outDir`; a file whose glyphs did not change is kept, not cut again. */
export async function buildFonts(root: string, outDir = join(root, '.fonts')): Promise<FontBuild> {
  mkdirSync(outDir, { recursive: true })
  const plan = glyphPlan(siteText(root))
  const source = join(pretendardDir, 'woff2', 'PretendardVariable.woff2')
  const version = JSON.parse(readFileSync(join(pretendardDir, '..', '..', '..', 'package.json'), 'utf8')).version
  let font: Buffer | undefined
  const files: FontBuild['files'] = []
  for (const chars of plan) {
    const text = chars.join('')
    const hash = createHash('sha256').update(`${version} ${WEIGHTS.min}-${WEIGHTS.max} ${text}`).digest('hex').slice(0, 12)
    const file = `pretendard-${hash}.woff2`
    const path = join(outDir, file)
    if (!existsSync(path)) {
      font ??= readFileSync(source)
      const subset = await subsetFont(font, text, { targetFormat: 'woff2', variationAxes: { wght: WEIGHTS } })
      writeFileSync(path, subset)
    }
    files.push({ file, glyphs: chars.length, bytes: readFileSync(path).length })
  }
  const css = [
    `/* Generated by scripts/fonts.mjs (lib/site/fonts/build.ts): do not edit. */`,
    catchAllFaces(outDir),
    ...plan.map((chars, i) => face(`./${files[i].file}`, chars)),
    '',
  ].join('\n')
  const cssPath = join(outDir, CSS_FILE)
  // Rewritten only when it changes: next dev reloads the styles on every write.
  if (!existsSync(cssPath) || readFileSync(cssPath, 'utf8') !== css) writeFileSync(cssPath, css)
  const keep = new Set([CSS_FILE, ...files.map(({ file }) => file)])
  for (const old of readdirSync(outDir)) if (!keep.has(old)) rmSync(join(outDir, old))
  return { files, cssPath }
}
