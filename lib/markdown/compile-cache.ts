// Each post body compiled once and kept by content hash, across builds: the
// compile (parse, KaTeX, Shiki, image sizes) is most of a post page's cost, and a
// rebuild after adding one post recompiles that post only. The compiled code is
// next-mdx-remote's function body; components/mdx-content.tsx runs it.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs'
import { isAbsolute, join, relative } from 'node:path'
import { serialize } from 'next-mdx-remote/serialize'
import { mdxOptions, type PostContext } from './mdx-options'

/**
 * A folder of our build caches (compiled posts, OG cards) inside Next's own,
 * `<distDir>/cache`, which a CI keeps between builds (next.config.ts picks the
 * dist folder). BLOG_CACHE_DIR moves them; `off` turns them off (undefined).
 */
export function buildCacheDir(name: string): string | undefined {
  const root = process.env.BLOG_CACHE_DIR
  if (root === 'off') return undefined
  const distDir = process.env.NEXT_OUTPUT === 'export' ? '.next' : process.env.NEXT_DIST_DIR || '.next'
  return join(/*turbopackIgnore: true*/ root || join(process.cwd(), distDir, 'cache'), name)
}

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex')

function readOrNull(file: string): Buffer | null {
  try {
    return readFileSync(/*turbopackIgnore: true*/ file)
  } catch {
    return null
  }
}

/**
 * What else decides the output besides the body: the pipeline's code and the
 * strings it writes (footnote labels in the site language), every package
 * version, and whether React's development runtime is the target.
 */
let fingerprint: string | undefined
function pipelineFingerprint(): string {
  if (fingerprint) return fingerprint
  const root = process.cwd()
  const files = [
    'package-lock.json',
    'data/site-config.ts',
    'lib/site/i18n.ts',
    ...readdirSync(/*turbopackIgnore: true*/ join(root, 'lib', 'markdown'))
      .sort()
      .map((name) => `lib/markdown/${name}`),
  ]
  const hash = createHash('sha256').update(`v2 ${process.env.NODE_ENV} ${process.env.SITE_URL ?? ''} ${process.env.BASE_PATH ?? ''}\n`)
  for (const file of files) hash.update(`${file}\n`).update(readOrNull(join(/*turbopackIgnore: true*/ root, file)) ?? 'missing')
  fingerprint = hash.digest('hex')
  return fingerprint
}

/** Files a compile read (images it sized, the bibliography) with the hash of their bytes, `null` if absent. */
type Entry = { code: string; files: Record<string, string | null> }
type Compile = (onFileRead: (file: string) => void) => Promise<string>

const fileHash = (file: string) => {
  const data = readOrNull(file)
  return data === null ? null : sha(data)
}

// Paths in keys and entries are relative to the project, so a cache restored
// into another checkout (a CI runner's workspace) checks that checkout's files,
// never the ones still lying where the cache was written.
const fromProject = (file: string) => (isAbsolute(file) ? relative(process.cwd(), file) : file)
const inProject = (file: string) => join(/*turbopackIgnore: true*/ process.cwd(), file)

/** An entry still holds when every file it read has the same bytes (or is still absent). */
const stillValid = (entry: Entry) => Object.entries(entry.files).every(([file, hash]) => fileHash(inProject(file)) === hash)

async function run(compile: Compile, bibliography?: string): Promise<Entry> {
  const read = new Set<string>(bibliography ? [bibliography] : [])
  const code = await compile((file) => read.add(file))
  return { code, files: Object.fromEntries([...read].map((file) => [fromProject(file), fileHash(file)])) }
}

/**
 * The output of one compile of the pipeline (`kind`: a page's code, a feed's
 * HTML), from the cache when the body, `inputs` and every file it read are unchanged.
 */
export async function cachedCompile(kind: string, inputs: unknown[], post: PostContext, compile: Compile): Promise<string> {
  const dir = buildCacheDir(kind)
  if (!dir) return (await run(compile, post.bibliography)).code
  const key = sha(JSON.stringify([pipelineFingerprint(), ...inputs, post.bibliography ? fromProject(post.bibliography) : null, post.dir ?? null]))
  const file = join(dir, `${key}.json`)
  const cached = readOrNull(file)
  if (cached) {
    try {
      const entry = JSON.parse(cached.toString('utf8')) as Entry
      if (stillValid(entry)) return entry.code
    } catch {
      // a torn or foreign file: compile again and replace it
    }
  }
  const entry = await run(compile, post.bibliography)
  mkdirSync(/*turbopackIgnore: true*/ dir, { recursive: true })
  // Two prerender workers may write the same entry: each writes its own file and renames it into place.
  const temp = `${file}.${process.pid}.tmp`
  writeFileSync(/*turbopackIgnore: true*/ temp, JSON.stringify(entry))
  renameSync(/*turbopackIgnore: true*/ temp, file)
  return entry.code
}

/** The compiled function body of a post body, MDX or `.md` (next-mdx-remote's), for components/mdx-content.tsx. */
export function compilePost(source: string, post: PostContext): Promise<string> {
  return cachedCompile('mdx', [source, post.format ?? 'mdx', post.lang ?? null], post, async (onFileRead) => {
    const { compiledSource } = await serialize(
      source,
      {
        // Posts are the writer's own trusted code and use JSX props like width={800};
        // blockJS would silently drop them. Dangerous globals stay blocked.
        blockJS: false,
        blockDangerousJS: true,
        mdxOptions: mdxOptions({ ...post, onFileRead }),
      },
      // React Server Components: no MDX provider import in the output.
      true,
    )
    return compiledSource
  })
}
