// The steps before Next, shared by `npm run build`, `npm run export` and
// `npm run dev`, in this order:
//   1. the content check (lib/content-check/): a mistake in a post stops a build
//      here, before anything is published, with one message naming file and line;
//   2. scripts/copy-assets.mjs: KaTeX's files and images kept next to posts, into public/;
//      then scripts/diagrams.mjs: ```mermaid fences drawn into <content>/.diagrams/;
//   3. `contentlayer2 build`: the generated content next reads, with each post's
//      last commit date from one `git log` (lib/content/git-dates.mjs) for `lastmod`.
//      It reads the posts while the check does (each is one core's work: 1,000
//      posts, 13 s and 18 s); its output is held back until the check passes,
//      and a failed check stops it;
//   4. scripts/fonts.mjs: Pretendard subset to the glyphs of that content, into .fonts/.
// `node scripts/prepare.mjs` runs them for a build; scripts/dev.mjs calls
// prepare({ dev: true }), which carries on past a mistake (see below).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { writeGitDates } from '../lib/content/git-dates.mjs'
import { drawDiagrams } from './diagrams.mjs'
import { buildFonts } from './fonts.mjs'
import { keepCacheFor } from './lib/content-cache.mjs'
import { importTs } from './lib/typescript.mjs'

const ROOT = join(import.meta.dirname, '..')
const GENERATED = join(ROOT, '.contentlayer', 'generated', 'index.mjs')

/** The content check's module (lib/content-check/cli.ts). */
export const contentCheck = () => importTs('lib/content-check/cli.ts', { native: ['contentlayer2/source-files'] })

function step(command, args) {
  return spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' }).status ?? 1
}

/** A step started now whose output waits: `finish()` prints it and resolves to its status, `cancel()` stops it. */
function startQuietly(command, args) {
  const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  const output = []
  child.stdout.on('data', (data) => output.push([process.stdout, data]))
  child.stderr.on('data', (data) => output.push([process.stderr, data]))
  const status = new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)))
  return {
    cancel: () => child.kill(),
    finish: async () => {
      const code = await status
      for (const [stream, data] of output) stream.write(data)
      return code
    },
  }
}

/**
 * Runs the four steps; returns the content check's result. For a build, a
 * failed step ends the process with its status. In dev a mistake in a post must
 * not keep the writer from starting the server to fix it: the check only
 * reports, and a failed content build is passed over when an earlier build left
 * generated content behind.
 */
export async function prepare({ dev = false } = {}) {
  keepCacheFor(ROOT, process.env.CONTENT_DIR ?? 'data')
  writeGitDates(ROOT, process.env.CONTENT_DIR ?? 'data')
  const content = startQuietly(join(ROOT, 'node_modules', '.bin', 'contentlayer2'), ['build'])

  const stop = (status) => {
    content.cancel()
    process.exit(status)
  }

  const check = await (await contentCheck()).checkOnce()
  if (check.report) console.error(check.report)
  if (check.status !== 0 && !dev) stop(check.status)

  const copied = step(process.execPath, [join(ROOT, 'scripts', 'copy-assets.mjs')])
  if (copied !== 0) stop(copied)
  const diagrams = await drawDiagrams()
  if (diagrams.errors.length > 0 && !dev) stop(1)

  const built = await content.finish()
  if (built !== 0 && !(dev && existsSync(GENERATED))) process.exit(built)
  await buildFonts()
  return check
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await prepare()
