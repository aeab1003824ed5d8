// The diagram step of the build (scripts/diagrams.mjs) on a content folder of
// its own: a drawing is made once and kept by its source's hash, so the next
// build draws nothing; with no browser it warns, naming the file, and passes;
// a fence mermaid cannot read stops the build with file and line; under
// `npm run dev` a diagram saved while it runs is drawn in the background.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'

const post = (fence: string) => `---\ntitle: '그림 글'\ndate: '2024-01-01'\n---\n\n본문.\n\n\`\`\`mermaid\n${fence}\n\`\`\`\n`

function diagramStep(contentDir: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['scripts/diagrams.mjs'], { env: { ...process.env, CONTENT_DIR: contentDir, ...env }, encoding: 'utf8' })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

let dir: string
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'diagrams-'))
  mkdirSync(join(dir, 'blog'))
})
test.afterEach(() => rmSync(dir, { recursive: true, force: true }))

test('a diagram is drawn once, light and dark; the next build takes it from the cache', async () => {
  // Two Chromium starts at most, on a busy machine.
  test.setTimeout(120_000)
  writeFileSync(join(dir, 'blog', 'a.mdx'), post('flowchart LR\n  a[가나다] --> b[라마바]'))
  const first = diagramStep(dir)
  expect(first.status, first.output).toBe(0)
  expect(first.output).toContain('diagrams: 1 drawn, 0 from cache')
  const files = readdirSync(join(dir, '.diagrams')).sort()
  expect(files).toHaveLength(2)
  expect(files[0]).toMatch(/^[0-9a-f]{16}\.dark\.svg$/)
  expect(files[1]).toMatch(/^[0-9a-f]{16}\.light\.svg$/)
  const light = readFileSync(join(dir, '.diagrams', files[1]), 'utf8')
  expect(light).toMatch(/^<svg/)
  expect(light).toContain('가나다')
  const written = statSync(join(dir, '.diagrams', files[1])).mtimeMs

  const second = diagramStep(dir)
  expect(second.status, second.output).toBe(0)
  expect(second.output).toContain('diagrams: 0 drawn, 1 from cache')
  expect(statSync(join(dir, '.diagrams', files[1])).mtimeMs).toBe(written)

  // An edited diagram is drawn anew, and the drawing nothing uses any more is gone.
  writeFileSync(join(dir, 'blog', 'a.mdx'), post('flowchart LR\n  a[가나다] --> c[사아자]'))
  const third = diagramStep(dir)
  expect(third.output).toContain('diagrams: 1 drawn, 0 from cache')
  expect(readdirSync(join(dir, '.diagrams')).filter((name) => files.includes(name))).toEqual([])
})

test('with no browser and no drawing, the step warns naming the file and the build goes on', () => {
  writeFileSync(join(dir, 'blog', 'undrawn.mdx'), post('flowchart LR\n  a --> b'))
  const { status, output } = diagramStep(dir, { DIAGRAMS_BROWSER: 'off' })
  expect(status, output).toBe(0)
  expect(output).toMatch(/diagrams: .*blog\/undrawn\.mdx: 1 diagram\(s\) not drawn \(DIAGRAMS_BROWSER=off\); readers' browsers will draw them/)
})

test('a fence mermaid cannot read stops the step with its file and line', async () => {
  test.setTimeout(60_000)
  writeFileSync(join(dir, 'blog', 'broken.mdx'), post('flowchart LR\n  a -->'))
  const { status, output } = diagramStep(dir)
  expect(status, output).toBe(1)
  // The fence opens on line 8 of the file: 4 lines of frontmatter, a blank line, the paragraph, a blank line.
  expect(output).toMatch(/diagrams: .*blog\/broken\.mdx:8: this mermaid diagram cannot be drawn: /)
})

test('under npm run dev, a post saved with a new diagram gets its drawing', async () => {
  test.setTimeout(90_000)
  // What scripts/dev.mjs runs beside next dev, on this folder.
  const watcher = spawn(
    process.execPath,
    ['--input-type=module', '-e', `const m = await import('./scripts/diagrams.mjs'); m.watchDiagrams(${JSON.stringify(dir)}); console.log('watching')`],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  try {
    // Saved once the watcher is watching, as a writer saves into a running dev server.
    await new Promise<void>((resolve, reject) => {
      watcher.stdout.on('data', (chunk) => String(chunk).includes('watching') && resolve())
      watcher.on('exit', (code) => reject(new Error(`the watcher exited with ${code}`)))
    })
    writeFileSync(join(dir, 'blog', 'new.mdx'), post('flowchart TD\n  a[새 글] --> b[저장]'))
    const drawings = () => (existsSync(join(dir, '.diagrams')) ? readdirSync(join(dir, '.diagrams')).length : 0)
    await expect.poll(drawings, { timeout: 75_000 }).toBe(2)
  } finally {
    watcher.kill()
  }
})
