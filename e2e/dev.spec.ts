// The writing loop: `npm run dev` over a copy of data/, a new post dropped in,
// then edited, without restarting anything.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'

const PORT = Number(process.env.E2E_PORT_BASE ?? 3100) + 2
const BASE = `http://localhost:${PORT}`
let server: ChildProcess
let contentDir: string

// Generous: on two busy cores the first compile of next dev can take minutes.
test.describe.configure({ mode: 'serial', timeout: 360_000 })

test.beforeAll(async () => {
  contentDir = mkdtempSync(join(tmpdir(), 'blog-dev-'))
  cpSync('data', contentDir, { recursive: true })
  server = spawn('npm', ['run', 'dev', '--', '-p', String(PORT)], {
    env: { ...process.env, CONTENT_DIR: contentDir, NEXT_DIST_DIR: '.next-dev', NEXT_TELEMETRY_DISABLED: '1' },
    detached: true,
    stdio: 'ignore',
  })
  // First compile of a route takes a while on two cores.
  await expect
    .poll(async () => (await fetch(BASE).catch(() => null))?.status, { timeout: 240_000, intervals: [1000] })
    .toBe(200)
})

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM')
  if (contentDir) rmSync(contentDir, { recursive: true, force: true })
  // contentlayer2 dev wrote the copy's posts into .contentlayer/: put the real ones back.
  spawnSync('npx', ['contentlayer2', 'build'], { stdio: 'ignore' })
})

function post(title: string) {
  return `---\ntitle: '${title}'\ndate: '2025-01-01'\ntags: ['개발서버']\nsummary: '개발 서버에서 바로 보이는지 확인하는 글'\n---\n\n## 첫 문단\n\n${title}의 본문.\n`
}

test('a new post appears on /, /blog, its tag page and its URL within 5 s; an edit shows up too', async ({ page }) => {
  // Warm the list pages first, so what follows measures the reload, not the first compile.
  for (const path of ['/', '/blog', '/blog/hardest-problem-i-solved']) await page.goto(BASE + path)

  const file = join(contentDir, 'blog', '개발-서버-새-글.mdx')
  writeFileSync(file, post('개발 서버에서 쓴 새 글'))
  const started = Date.now()
  await expect(async () => {
    await page.goto(BASE + '/')
    await expect(page.getByRole('link', { name: '개발 서버에서 쓴 새 글' })).toBeVisible({ timeout: 200 })
  }).toPass({ timeout: 5_000, intervals: [250] })
  expect(Date.now() - started).toBeLessThan(5_000)

  // Routes opened for the first time after the change see it too.
  await page.goto(BASE + '/blog')
  await expect(page.getByRole('link', { name: '개발 서버에서 쓴 새 글' })).toBeVisible()
  await page.goto(BASE + '/tags/개발서버')
  await expect(page.getByRole('link', { name: '개발 서버에서 쓴 새 글' })).toBeVisible()
  const response = await page.goto(BASE + '/blog/개발-서버-새-글')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('개발 서버에서 쓴 새 글')

  writeFileSync(file, post('제목을 고친 새 글'))
  await expect(async () => {
    await page.goto(BASE + '/blog/개발-서버-새-글')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('제목을 고친 새 글', { timeout: 200 })
  }).toPass({ timeout: 5_000, intervals: [250] })
  await page.goto(BASE + '/')
  await expect(page.getByRole('link', { name: '제목을 고친 새 글' })).toBeVisible()
})
