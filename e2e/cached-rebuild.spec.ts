// A rebuild with the caches a CI keeps (`.next/cache`, where the compiled post
// bodies, feed HTML and OG cards live) must publish exactly what a clean build
// of the same content does: a changed post shows its new text, a deleted post is
// gone, an unchanged post (and one whose image changed size) is byte for byte
// the page a clean build writes. Build ids differ per build and are normalised.
//
// The previous build is the suite's own fixture build (.next-fixture, same
// corpus, built by scripts/e2e.mjs): its cache is what gets restored, into a
// throwaway copy of the project at another path, as on a CI runner whose
// workspace moved. The builds write .next and .contentlayer of the folder they
// run in, which other specs serve: hence the copy.
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { npmRun } from './support/npm-run'
import { projectCopy } from './support/project-copy'

const CONTENT = 'e2e/fixtures/content'
const PREVIOUS = '.next-fixture'
const CHANGED = 'blog/fixture-10'
const DELETED = 'blog/fixture-11'
const UNCHANGED = 'blog/fixture-05'
// Its body is unchanged, but the image next to it gets another size: the page must follow the image.
const IMAGE_CHANGED = 'blog/rich/everything'
// Measured: ~5 min for one fixture build on two cores at load average 10. Two builds, each given three times that.
const BUILD_LIMIT_MS = 15 * 60_000

async function build(dir: string, mode: 'clean' | 'cached') {
  const dist = join(dir, '.next')
  rmSync(dist, { recursive: true, force: true })
  rmSync(join(dir, '.contentlayer'), { recursive: true, force: true })
  // What a CI restores: the last build's .next/cache, nothing else of it.
  if (mode === 'cached') cpSync(join(PREVIOUS, 'cache'), join(dist, 'cache'), { recursive: true })
  const started = Date.now()
  // The clean build compiles every body in the prerender itself; the cached one reads the bodies the
  // build helper compiled (scripts/build.mjs), in the fixture build and here: so the helper's output
  // is held to the prerender's, byte for byte.
  const env: Record<string, string> = mode === 'clean' ? { CONTENT_DIR: CONTENT, BUILD_HELPER: 'off' } : { CONTENT_DIR: CONTENT }
  const { code, output } = await npmRun('build', { cwd: dir, env, limitMs: BUILD_LIMIT_MS })
  expect(code, output.slice(-4000)).toBe(0)
  return started
}

/** Compiled post bodies the last build wrote into its cache (new or replaced entries), by file name. */
function compiledSince(dir: string, since: number): string[] {
  const mdx = join(dir, '.next', 'cache', 'mdx')
  return readdirSync(mdx).filter((name) => statSync(join(mdx, name)).mtimeMs >= since)
}

const FLIGHT = /<script>self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)<\/script>/g

/** The rows of a React payload: `id:json` lines, and `id:T<hex byte length>,<text>` text rows, which have no newline. */
function payloadRows(payload: string): string[] {
  const bytes = Buffer.from(payload, 'utf8')
  const rows: string[] = []
  let at = 0
  while (at < bytes.length) {
    const head = /^([0-9a-f]*):T([0-9a-f]+),/.exec(bytes.subarray(at, at + 32).toString('latin1'))
    const end = head ? at + head[0].length + parseInt(head[2], 16) : bytes.indexOf(0x0a, at) === -1 ? bytes.length : bytes.indexOf(0x0a, at)
    rows.push(bytes.subarray(at, end).toString('utf8'))
    at = head ? end : end + 1
  }
  return rows
}

// A reference to a row of the React payload: `"$L1b"`, `"$1b"`, `"$@1b"`, `"$1b:props"`… (hex ids).
const ROW_REF = /"\$([A-Z@]?)([0-9a-f]+)(?=[":])/g

/**
 * The React payload streams rows in the order they finish and numbers them as
 * they start: a post body read from the cache is ready before the metadata, a
 * fresh compile after it, so the same rows can come in another order under other
 * numbers. Rows are renumbered in the order the page refers to them (depth
 * first from row 0), then sorted: equal only when they are the same rows.
 */
function canonicalRows(payload: string): string[] {
  // An id can have more than one row (`e:X` then `e:C`): its rows are kept together, in sorted order.
  const body = new Map<string, string[]>()
  const unnumbered: string[] = []
  for (const row of payloadRows(payload)) {
    const id = /^([0-9a-f]+):/.exec(row)
    if (id) body.set(id[1], [...(body.get(id[1]) ?? []), row.slice(id[0].length)].sort())
    else unnumbered.push(row)
  }
  const names = new Map<string, string>()
  const visit = (id: string) => {
    if (names.has(id) || !body.has(id)) return
    names.set(id, names.size.toString(16))
    for (const [, , ref] of body.get(id)!.join('\n').matchAll(ROW_REF)) visit(ref)
  }
  visit('0')
  // Rows the page does not reach from row 0, by what they hold (their own numbers left out).
  const unnamed = (id: string) => body.get(id)!.join('\n').replace(ROW_REF, '"$')
  for (const id of [...body.keys()].sort((a, b) => (unnamed(a) < unnamed(b) ? -1 : unnamed(a) > unnamed(b) ? 1 : 0))) visit(id)
  const rename = (text: string) => text.replace(ROW_REF, (whole, kind: string, ref: string) => (names.has(ref) ? `"$${kind}${names.get(ref)}` : whole))
  return [...[...body].flatMap(([id, texts]) => texts.map((text) => `${names.get(id)}:${rename(text)}`)), ...unnumbered.map(rename)].sort()
}

/** A prerendered page as a reader's browser gets it, with this build's id taken out and its payload in canonical rows. */
function page(dir: string, path: string, dist = '.next'): string | undefined {
  const file = join(dir, dist, 'server', 'app', `${path}.html`)
  if (!existsSync(file)) return undefined
  const buildId = readFileSync(join(dir, dist, 'BUILD_ID'), 'utf8').trim()
  const html = readFileSync(file, 'utf8').replaceAll(buildId, 'BUILD_ID')
  const payload = [...html.matchAll(FLIGHT)].map((match) => JSON.parse(match[1]) as string).join('')
  const rows = canonicalRows(payload)
  return `${html.replace(FLIGHT, '')}\n${rows.join('\n')}`
}

/** The image next to the rich post, at the size the build read from it. */
const diagram = (width: number, height: number) =>
  new RegExp(`<img[^>]*width="${width}" height="${height}"[^>]*src="/content-assets/blog/rich/local-diagram\\.svg"`)

/** Equal pages; when not, the failure shows where they first part, not two whole pages. */
function expectSame(cached: string | undefined, clean: string | undefined, name: string) {
  expect(cached, `${name}: cached build`).toBeDefined()
  expect(clean, `${name}: clean build`).toBeDefined()
  let i = 0
  while (i < cached!.length && cached![i] === clean![i]) i++
  const around = (text: string) => text.slice(Math.max(0, i - 200), i + 200)
  expect(around(cached!), `${name} differs at character ${i}`).toBe(around(clean!))
  expect(cached!.length, name).toBe(clean!.length)
}

const sitemap = (dir: string) => readFileSync(join(dir, '.next', 'server', 'app', 'sitemap.xml.body'), 'utf8')
/** A post's OG card as the build wrote it (app/og/[...slug]/route.tsx). */
const card = (dir: string, path: string) => readFileSync(join(dir, '.next', 'server', 'app', 'og', `${path.replace(/^blog\//, '')}.png.body`))

test('a cached rebuild writes the same pages as a clean build: changed, unchanged and deleted posts', async () => {
  test.setTimeout(2 * BUILD_LIMIT_MS + 2 * 60_000)
  // The previous build, as the fixture build left it.
  expect(page('.', CHANGED, PREVIOUS)).toContain('픽스처 글 10의 본문이다.')
  expect(page('.', DELETED, PREVIOUS)).toContain('픽스처 글 11')
  expect(page('.', IMAGE_CHANGED, PREVIOUS)).toMatch(diagram(600, 300))
  const dir = projectCopy('cached-rebuild')
  try {
    // A new paragraph and a code block in one post, another post removed, an image next to a post resized.
    const changedFile = join(dir, CONTENT, `${CHANGED}.mdx`)
    writeFileSync(
      changedFile,
      readFileSync(changedFile, 'utf8').replace('픽스처 글 10의 본문이다.', '고쳐 쓴 본문이다.\n\n```ts\nconst edited = true\n```'),
    )
    rmSync(join(dir, CONTENT, `${DELETED}.mdx`))
    const image = join(dir, CONTENT, 'blog', 'rich', 'local-diagram.svg')
    writeFileSync(image, readFileSync(image, 'utf8').replace('width="600" height="300"', 'width="640" height="320"'))

    const started = await build(dir, 'cached')
    // The cache was used: only the edited post and the one whose image changed were compiled again.
    // (Run alone, the spec needs a fixture build of this checkout's code: `npm run test:e2e` makes it.)
    expect(compiledSince(dir, started), `recompiled with ${PREVIOUS}/cache restored`).toHaveLength(2)
    const cached = {
      changed: page(dir, CHANGED),
      unchanged: page(dir, UNCHANGED),
      image: page(dir, IMAGE_CHANGED),
      deleted: page(dir, DELETED),
      sitemap: sitemap(dir),
      card: card(dir, UNCHANGED),
    }
    expect(cached.changed).toContain('고쳐 쓴 본문이다.')
    expect(cached.changed).toContain('edited')
    expect(cached.changed).not.toContain('픽스처 글 10의 본문이다.')
    expect(cached.deleted).toBeUndefined()
    expect(cached.sitemap).not.toContain('fixture-11')
    expect(cached.image).toMatch(diagram(640, 320))

    await build(dir, 'clean')
    expectSame(cached.changed, page(dir, CHANGED), CHANGED)
    expectSame(cached.unchanged, page(dir, UNCHANGED), UNCHANGED)
    expectSame(cached.image, page(dir, IMAGE_CHANGED), IMAGE_CHANGED)
    expect(page(dir, DELETED)).toBeUndefined()
    expectSame(cached.sitemap, sitemap(dir), 'sitemap.xml')
    expect(cached.card.equals(card(dir, UNCHANGED)), `og card of ${UNCHANGED}: cached and clean builds differ`).toBe(true)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
