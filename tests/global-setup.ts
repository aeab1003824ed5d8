// Vitest global setup, so `npm run test:unit` works alone on a fresh clone: the
// tests import data/'s generated content (contentlayer/generated), built here by
// `contentlayer2 build` when it is missing or stale. Stale means made from
// another content folder (e2e, bench and dev runs build theirs into the same
// .contentlayer/) or older than a file it is made from. Nothing else the unit
// tests read is generated: public/ copies (scripts/copy-assets.mjs) are for pages.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { keepCacheFor } from '../scripts/lib/content-cache.mjs'

const ROOT = join(import.meta.dirname, '..')
const GENERATED = join(ROOT, '.contentlayer', 'generated')
// What contentlayer.config.ts reads: the content, the schema and the code behind computed fields.
const SOURCES = ['data', 'contentlayer.config.ts', 'lib']

function files(path: string): string[] {
  if (!existsSync(path)) return []
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path, { recursive: true, encoding: 'utf8' }).map((file) => join(path, file))
}

/** The source files (relative to data/) the generated documents came from. */
function generatedSources(): string[] {
  return ['Post', 'Author'].flatMap((type) => {
    const index = join(GENERATED, type, '_index.json')
    if (!existsSync(index)) return []
    const documents = JSON.parse(readFileSync(index, 'utf8')) as { _raw: { sourceFilePath: string } }[]
    return documents.map((document) => document._raw.sourceFilePath)
  })
}

/** data/'s posts and authors as contentlayer reads them (blog/_drafts/ is never built). */
function dataSources(): string[] {
  const data = join(ROOT, 'data')
  return files(data)
    .map((file) => file.slice(data.length + 1))
    .filter((file) => /^(blog|authors)\/.+\.mdx$/.test(file) && !file.startsWith('blog/_drafts/'))
}

/** Why the generated content must be built again, or null when it is data/'s and current. */
export function staleReason(): string | null {
  const index = join(GENERATED, 'index.mjs')
  if (!existsSync(index)) return 'there is none yet'
  const sorted = (list: string[]) => [...list].sort().join('\n')
  if (sorted(generatedSources()) !== sorted(dataSources())) return 'it was made from another content folder'
  const builtAt = statSync(index).mtimeMs
  const newer = SOURCES.flatMap((source) => files(join(ROOT, source))).find((file) => statSync(file).mtimeMs > builtAt)
  return newer ? `${newer.slice(ROOT.length + 1)} changed after it was made` : null
}

export default function setup() {
  const reason = staleReason()
  if (!reason) return
  console.log(`Generated content for the unit tests: ${reason}; running contentlayer2 build over data/.`)
  const env = { ...process.env }
  delete env.CONTENT_DIR
  keepCacheFor(ROOT, 'data')
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'contentlayer2'), ['build'], { cwd: ROOT, env, stdio: 'inherit' })
  if (result.status !== 0) throw new Error('contentlayer2 build failed (see above): the unit tests read the generated content of data/.')
}
