// `npm run import -- <source> [--from jekyll|hugo|tnsb|velog|tistory] [--to data]`:
// brings an existing blog in. Posts land in <to>/blog/ (a post with images as a
// folder: 글/index.md beside its images), nothing that exists is overwritten,
// and the report names every post written and every thing that needs a hand,
// with the source file and line. Run through scripts/import.mjs.
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { siteConfig } from '../../data/site-config'
import { postSlugFromPath } from '../content/slug'
import { routes } from '../publishing/routes'
import { importHugo, isHugo } from './hugo'
import { importJekyll, isJekyll } from './jekyll'
import type { ImportResult, Note } from './post'
import { importTistory, isTistory } from './tistory'
import { importTnsb, isTnsb } from './tnsb'
import { importVelog, velogRoot } from './velog'

export const SOURCES = ['jekyll', 'hugo', 'tnsb', 'velog', 'tistory'] as const
export type Source = (typeof SOURCES)[number]

const NAMES: Record<Source, string> = {
  jekyll: 'Jekyll',
  hugo: 'Hugo',
  tnsb: 'tailwind-nextjs-starter-blog',
  velog: 'velog (velog-backup)',
  tistory: 'Tistory backup',
}

/** Which kind of blog a folder is, from the files each one always has. */
export function detectSource(root: string): Source | undefined {
  if (isTnsb(root)) return 'tnsb'
  if (isHugo(root)) return 'hugo'
  if (isJekyll(root)) return 'jekyll'
  if (isTistory(root)) return 'tistory'
  if (velogRoot(root)) return 'velog'
  return undefined
}

export function convert(source: Source, root: string, timeZone = siteConfig.timeZone): ImportResult {
  switch (source) {
    case 'jekyll':
      return importJekyll(root, timeZone)
    case 'hugo':
      return importHugo(root, timeZone)
    case 'tnsb':
      return importTnsb(root)
    case 'velog':
      return importVelog(root, timeZone)
    case 'tistory':
      return importTistory(root, timeZone)
  }
}

export type Written = { written: { source: string; file: string }[]; skipped: Note[]; notes: Note[] }

/** The file already at a post's address: `글.md`, `글.mdx` and `글/index.md` are all /blog/글. */
const existingPost = (blogDir: string, slug: string) =>
  [`${slug}.md`, `${slug}.mdx`, `${slug}/index.md`, `${slug}/index.mdx`].map((file) => join(blogDir, file)).find(existsSync)

/** Writes what `convert` made below `contentDir`, never over an existing file. */
export function write(result: ImportResult, contentDir: string, publicDir: string): Written {
  const blogDir = join(contentDir, 'blog')
  const written: Written['written'] = []
  const skipped: Note[] = []
  const taken = new Set<string>()
  for (const post of result.posts) {
    const file = join(blogDir, post.target)
    const slug = postSlugFromPath(`blog/${post.target}`)
    const existing = existingPost(blogDir, slug)
    if (existing || taken.has(slug)) {
      skipped.push({ file: post.source, message: `not imported: ${existing ? `${relative(process.cwd(), existing)} already exists` : `another imported post has the address ${routes.post(slug)}`} (rename one, then import again)` })
      continue
    }
    taken.add(slug)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, post.text, { flag: 'wx' })
    for (const asset of post.assets) {
      const target = join(dirname(file), asset.to)
      if (!existsSync(target)) copyFileSync(asset.from, target)
    }
    written.push({ source: post.source, file: relative(process.cwd(), file) })
  }
  const copy = (files: { from: string; to: string }[] | undefined, dir: string) => {
    for (const { from, to } of files ?? []) {
      const target = join(dir, to)
      if (existsSync(target)) {
        // The same file (an avatar both blogs ship) is no conflict.
        if (readFileSync(target).equals(readFileSync(from))) continue
        skipped.push({ file: relative(process.cwd(), from), message: `not copied: ${relative(process.cwd(), target)} already exists (yours is kept)` })
        continue
      }
      mkdirSync(dirname(target), { recursive: true })
      copyFileSync(from, target)
    }
  }
  copy(result.files, contentDir)
  copy(result.publicFiles, publicDir)
  const notes = [...result.notes].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0))
  return { written, skipped, notes }
}

const at = (note: Note) => `${note.file}${note.line ? `:${note.line}` : ''}`

/** What the terminal shows after an import. */
export function formatImportReport(source: Source, root: string, contentDir: string, { written, skipped, notes }: Written): string {
  const lines = [`Imported ${written.length} post${written.length === 1 ? '' : 's'} from ${NAMES[source]} (${root}) into ${join(contentDir, 'blog')}/:`]
  for (const { source: from, file } of written) lines.push(`  ${file}  ← ${from}`)
  if (notes.length > 0) {
    lines.push('', `Needs a hand (${notes.length}):`)
    for (const note of notes) lines.push(`  ${at(note)}  ${note.message}`)
  }
  if (skipped.length > 0) {
    lines.push('', `Skipped (${skipped.length}):`)
    for (const note of skipped) lines.push(`  ${at(note)}  ${note.message}`)
  }
  lines.push('', 'Next: `npm run content:check`, then `npm run dev` to read them.')
  return lines.join('\n')
}

const USAGE = `usage: npm run import -- <folder> [--from ${SOURCES.join('|')}] [--to <content folder, default data>]`

export async function main(argv: string[]): Promise<number> {
  const positional: string[] = []
  const options: Record<string, string> = {}
  for (let i = 0; i < argv.length; i++) {
    const flag = /^--(from|to|public)(?:=(.*))?$/.exec(argv[i])
    if (flag) options[flag[1]] = flag[2] ?? argv[++i] ?? ''
    else if (argv[i] === '--help' || argv[i] === '-h') return (console.log(USAGE), 0)
    else positional.push(argv[i])
  }
  const root = positional[0] ? resolve(positional[0]) : undefined
  if (!root || !existsSync(root) || !statSync(root).isDirectory()) {
    console.error(`${root ? `${positional[0]}: no such folder. ` : ''}${USAGE}\n(a Tistory backup or a .zip: unzip it first and name the folder)`)
    return 1
  }
  if (options.from && !SOURCES.includes(options.from as Source)) {
    console.error(`--from ${options.from}: not a source this importer reads. ${USAGE}`)
    return 1
  }
  const source = (options.from as Source | undefined) ?? detectSource(root)
  if (!source) {
    console.error(`${positional[0]}: cannot tell what kind of blog this is (no _posts/, content/ with a Hugo config, data/blog/, numbered Tistory folders or velog-backup's content/). Name it with --from ${SOURCES.join('|')}.`)
    return 1
  }
  const contentDir = options.to || process.env.CONTENT_DIR || 'data'
  let result: ImportResult
  try {
    result = convert(source, root)
  } catch (error) {
    console.error(`Import stopped: ${(error as Error).message}`)
    return 1
  }
  const report = write(result, contentDir, options.public || 'public')
  console.log(formatImportReport(source, positional[0], contentDir, report))
  return report.written.length > 0 || result.posts.length === 0 ? 0 : 1
}
