// `npm run new`: a new draft with valid frontmatter, named after its title.
// Run through scripts/new-post.mjs; the pure parts are exported for tests.
import { writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { createInterface } from 'node:readline/promises'
import { slug as githubSlug } from 'github-slugger'
import { siteConfig } from '../../data/site-config'
import { routes } from '../publishing/routes'

/** The file name of a post titled `title`: Hangul kept, spaces to dashes, punctuation dropped. */
export function slugForTitle(title: string): string {
  return githubSlug(title.normalize('NFC').trim()).replace(/-{2,}/g, '-').replace(/^-|-$/g, '')
}

/** Today as YYYY-MM-DD in the site's time zone (what a post's `date` means). */
export function today(now: Date = new Date(), timeZone = siteConfig.timeZone): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(now)
}

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`

export function frontmatter(title: string, tags: string[], date: string): string {
  return [
    '---',
    `title: ${quote(title)}`,
    `date: ${quote(date)}`,
    `tags: [${tags.map(quote).join(', ')}]`,
    "summary: ''",
    // Only `npm run dev` shows a draft; delete this line to publish.
    'draft: true',
    '---',
    '',
    '## 들어가며',
    '',
    '여기에 글을 씁니다.',
    '',
  ].join('\n')
}

type Options = { title: string; tags: string[]; contentDir: string; now?: Date }

/** Writes the draft; throws when the title has no usable characters or the file exists. */
export function createPost({ title, tags, contentDir, now }: Options): { file: string; slug: string } {
  const slug = slugForTitle(title)
  if (!slug) throw new Error(`The title ${JSON.stringify(title)} has no letters or digits to name the file after.`)
  const file = join(contentDir, 'blog', `${slug}.mdx`)
  mkdirSync(dirname(file), { recursive: true })
  try {
    // 'wx' fails when the file exists: a new post never replaces one.
    writeFileSync(file, frontmatter(title.trim(), tags, today(now)), { flag: 'wx' })
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST')
      throw new Error(`${displayPath(file)} already exists; nothing was written. Pick another title or edit that file.`)
    throw error
  }
  return { file, slug }
}

function displayPath(file: string): string {
  const rel = relative(process.cwd(), file)
  return rel.startsWith('..') ? file : rel
}

function parseArgs(argv: string[]): { title?: string; tags?: string[]; dir?: string } {
  const result: { title?: string; tags?: string[]; dir?: string } = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--tags') result.tags = splitTags(argv[++i] ?? '')
    else if (arg.startsWith('--tags=')) result.tags = splitTags(arg.slice(7))
    else if (arg === '--dir') result.dir = argv[++i]
    else if (arg.startsWith('--dir=')) result.dir = arg.slice(6)
    else result.title = [result.title, arg].filter(Boolean).join(' ')
  }
  return result
}

const splitTags = (text: string) =>
  text
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean)

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv)
  let { title, tags } = args
  if (!title) {
    // No title given: ask, one question at a time. Lines are read through the
    // iterator, which buffers them, so piped answers are not lost between questions.
    const rl = createInterface({ input: process.stdin })
    const lines = rl[Symbol.asyncIterator]()
    const ask = async (question: string) => {
      process.stdout.write(question)
      const answer = await lines.next()
      return answer.done ? '' : String(answer.value).trim()
    }
    title = await ask('제목 (title): ')
    if (title && !tags) tags = splitTags(await ask('태그, 쉼표로 구분 (tags, comma separated): '))
    rl.close()
  }
  if (!title) {
    console.error('A post needs a title: npm run new -- "글 제목" --tags 회고,테스트')
    return 1
  }
  try {
    const { file, slug } = createPost({ title, tags: tags ?? [], contentDir: args.dir ?? process.env.CONTENT_DIR ?? 'data' })
    const path = routes.post(slug)
    console.log(`Created ${displayPath(file)} (draft: true)`)
    console.log(`  npm run dev:    http://localhost:3000${path}`)
    console.log(`  once published: ${siteConfig.siteUrl}${path}`)
    return 0
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    return 1
  }
}
