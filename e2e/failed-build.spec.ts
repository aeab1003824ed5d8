// A build that stops publishes nothing (issue 7, bad content corpus): the real
// `npm run build` and `npm run export`, pointed at a broken post, must exit
// non-zero with the message that names the file and line, before any build
// step runs, and leave the previous good build exactly as it was. The previous
// good builds are the ones scripts/e2e.mjs made for the other specs:
// .next-fixture (`next start` of the fixture corpus) and out/ + .next (export).
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { npmRun } from './support/npm-run'

const BAD = 'tests/fixtures/bad-content'


/**
 * What a build writes, as path, size, modification time and content hash per
 * file. `next start` may keep its own files in cache/ and trace while it
 * serves, so a build folder is read from its build outputs only.
 */
function snapshot(dir: string, parts: string[] = ['']): string[] {
  const lines: string[] = []
  for (const part of parts) {
    const root = join(dir, part)
    if (!existsSync(root)) continue
    const files = statSync(root).isDirectory() ? readdirSync(root, { recursive: true, encoding: 'utf8' }).map((f) => join(part, f)) : [part]
    for (const file of files) {
      const stat = statSync(join(dir, file))
      if (!stat.isFile()) continue
      const hash = createHash('sha256').update(readFileSync(join(dir, file))).digest('hex').slice(0, 16)
      lines.push(`${file} ${stat.size} ${stat.mtimeMs} ${hash}`)
    }
  }
  return lines.sort()
}
const BUILD_OUTPUTS = ['BUILD_ID', 'server/app', 'static']

/** Messages that only a step after the content check prints. */
const LATER_STEPS = [/Generated \d+ documents/i, /Creating an optimized production build/i, /Compiled successfully/i]

// One broken post of each kind: frontmatter syntax, a field, the MDX body, two files at once.
const cases = [
  { name: 'yaml-syntax', at: `${BAD}/yaml-syntax/blog/post.mdx:2:8` },
  { name: 'missing-title', at: `${BAD}/missing-title/blog/post.mdx:4:1 error in \`title\`` },
  { name: 'mdx-unclosed-tag', at: `${BAD}/mdx-unclosed-tag/blog/post.mdx:8:1` },
  { name: 'duplicate-slug', at: `${BAD}/duplicate-slug/blog/same.mdx:1 error in \`slug\`` },
]

for (const { name, at } of cases) {
  test(`npm run build over ${name} stops at the content check and leaves the previous build as it was`, async () => {
    test.setTimeout(120_000)
    const dist = '.next-fixture'
    expect(existsSync(join(dist, 'BUILD_ID')), 'a previous good build (scripts/e2e.mjs builds it)').toBe(true)
    const before = snapshot(dist, BUILD_OUTPUTS)
    expect(before.some((line) => line.startsWith(join('server', 'app', 'blog')))).toBe(true)

    const { code, output } = await npmRun('build', { env: { CONTENT_DIR: join(BAD, name), NEXT_DIST_DIR: dist }, limitMs: 90_000 })
    expect(code, output).toBe(1)
    expect(output).toContain(at)
    expect(output).toContain('Content check: 1 error.')
    for (const step of LATER_STEPS) expect(output).not.toMatch(step)
    expect(snapshot(dist, BUILD_OUTPUTS)).toEqual(before)
  })
}

test('npm run export over a broken post stops at the content check and leaves out/ and .next as they were', async () => {
  test.setTimeout(120_000)
  expect(existsSync('out/index.html'), 'a previous good export (scripts/e2e.mjs builds it)').toBe(true)
  const out = snapshot('out')
  const next = snapshot('.next', BUILD_OUTPUTS)
  expect(out.some((line) => line.startsWith('index.html '))).toBe(true)

  const { code, output } = await npmRun('export', { env: { CONTENT_DIR: join(BAD, 'unknown-component') }, limitMs: 90_000 })
  expect(code, output).toBe(1)
  expect(output).toContain(`${BAD}/unknown-component/blog/post.mdx:8:1 error: the component <Callout> is not available`)
  for (const step of LATER_STEPS) expect(output).not.toMatch(step)
  expect(snapshot('out')).toEqual(out)
  expect(snapshot('.next', BUILD_OUTPUTS)).toEqual(next)
})
