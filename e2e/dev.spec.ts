// The writing loop: `npm run dev` over a copy of data/, a new post dropped in,
// then edited, without restarting anything.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { startServer, type Server } from '../scripts/lib/server.mjs'

const PORT = Number(process.env.E2E_PORT_BASE ?? 3100) + 2
const BASE = `http://localhost:${PORT}`
let server: Server | undefined
let contentDir: string
// What `npm run dev` printed: the content check reports there too.
const terminal = () => server?.output() ?? ''
// How long a change may take to show. A wait for a condition, not a speed
// target: how fast the dev loop is is measured by `npm run bench`, and on two
// busy cores a recompile can take many seconds.
const RELOAD = { timeout: 90_000, intervals: [250, 500, 1000] }

// Generous: on two busy cores the first compile of next dev can take minutes
// (over four at load average 30, seen in a full run beside other builds).
test.describe.configure({ mode: 'serial', timeout: 720_000 })

test.beforeAll(async () => {
  contentDir = mkdtempSync(join(tmpdir(), 'blog-dev-'))
  cpSync('data', contentDir, { recursive: true })
  // Fails with next dev's own output when it never answers: the only clue then.
  server = await startServer({
    mode: 'dev',
    port: PORT,
    distDir: '.next-dev',
    env: { CONTENT_DIR: contentDir },
    // First compile of a route takes a while on two cores (minutes at load average 30).
    timeoutMs: 600_000,
    ready: (status) => status === 200,
  })
})

test.afterAll(async () => {
  await server?.stop()
  if (contentDir) rmSync(contentDir, { recursive: true, force: true })
  // contentlayer2 dev wrote the copy's posts into .contentlayer/: put the real ones back.
  spawnSync('npx', ['contentlayer2', 'build'], { stdio: 'ignore' })
})

function post(title: string) {
  return `---\ntitle: '${title}'\ndate: '2025-01-01'\ntags: ['개발서버']\nsummary: '개발 서버에서 바로 보이는지 확인하는 글'\n---\n\n## 첫 문단\n\n${title}의 본문.\n`
}

test('a new post appears on /, /blog, its tag page and its URL without a restart; an edit shows up too', async ({ page }) => {
  // Warm the list pages first, so what follows measures the reload, not the first compile.
  for (const path of ['/', '/blog', '/blog/hardest-problem-i-solved']) await page.goto(BASE + path)

  const file = join(contentDir, 'blog', '개발-서버-새-글.mdx')
  writeFileSync(file, post('개발 서버에서 쓴 새 글'))
  await expect(async () => {
    await page.goto(BASE + '/')
    await expect(page.getByRole('link', { name: '개발 서버에서 쓴 새 글' })).toBeVisible({ timeout: 1000 })
  }).toPass(RELOAD)

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
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('제목을 고친 새 글', { timeout: 1000 })
  }).toPass(RELOAD)
  await page.goto(BASE + '/')
  await expect(page.getByRole('link', { name: '제목을 고친 새 글' })).toBeVisible()
})

test('a draft and a scheduled post show in dev, marked, on the list and on their pages', async ({ page }) => {
  const file = join(contentDir, 'blog', '개발-서버-초안.mdx')
  writeFileSync(file, post('개발 서버의 초안').replace("tags: ['개발서버']", "tags: ['개발서버']\ndraft: true"))
  await expect(async () => {
    await page.goto(BASE + '/blog')
    await expect(page.locator('main article h2', { hasText: '개발 서버의 초안' })).toContainText('초안', { timeout: 1000 })
  }).toPass(RELOAD)
  const heading = page.locator('main article h2', { hasText: '개발 서버의 초안' })
  await expect(heading.locator('span')).toHaveText('초안')
  await page.goto(BASE + '/blog/개발-서버-초안')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('개발 서버의 초안')
  await expect(page.getByRole('heading', { level: 1 }).locator('span')).toHaveText('초안')

  // A post dated in the future shows too, marked as scheduled.
  writeFileSync(join(contentDir, 'blog', '개발-서버-예약-글.mdx'), post('개발 서버의 예약 글').replace('2025-01-01', '2999-01-01'))
  await expect(async () => {
    await page.goto(BASE + '/blog/개발-서버-예약-글')
    await expect(page.getByRole('heading', { level: 1 }).locator('span')).toHaveText('예약됨', { timeout: 1000 })
  }).toPass(RELOAD)
})

test('a post in blog/_drafts/ is not built even in dev: no list entry, no URL, no content error', async ({ page }) => {
  mkdirSync(join(contentDir, 'blog', '_drafts'), { recursive: true })
  // Half-written on purpose: the folder is not checked either, so no error panel.
  writeFileSync(join(contentDir, 'blog', '_drafts', '폴더-초안.mdx'), post('폴더 속 초안').replace("date: '2025-01-01'", 'date: 2023-13-45'))
  // Written after it, so once this one shows, the folder's file has been seen (and skipped).
  writeFileSync(join(contentDir, 'blog', '폴더-밖-글.mdx'), post('폴더 밖의 글'))
  await expect(async () => {
    await page.goto(BASE + '/')
    await expect(page.getByRole('link', { name: '폴더 밖의 글' })).toBeVisible({ timeout: 1000 })
  }).toPass(RELOAD)
  await expect(page.getByText('폴더 속 초안')).toHaveCount(0)
  await expect(page.getByRole('alert', { name: '글 오류' })).toHaveCount(0)
  await page.goto(BASE + '/tags/개발서버')
  await expect(page.getByRole('link', { name: '폴더 밖의 글' })).toBeVisible()
  await expect(page.getByText('폴더 속 초안')).toHaveCount(0)
  expect((await page.goto(BASE + '/blog/_drafts/폴더-초안'))?.status()).toBe(404)
  expect(terminal()).not.toContain('폴더-초안.mdx')
})

test('a mistake in a post shows in the terminal and the page; fixing the file clears it without a restart', async ({ page }) => {
  const file = join(contentDir, 'blog', '날짜가-틀린-글.mdx')
  writeFileSync(file, post('날짜가 틀린 글').replace("date: '2025-01-01'", 'date: 2023-13-45'))
  const where = `${file}:3:7 error in \`date\``
  const panel = page.getByRole('alert', { name: '글 오류' })
  await expect(async () => {
    await page.goto(BASE + '/')
    await expect(panel).toContainText(where, { timeout: 1000 })
  }).toPass(RELOAD)
  await expect(panel).toContainText("expected: a calendar date as YYYY-MM-DD")
  await expect(panel).toContainText('found:    the text "2023-13-45"')
  expect(terminal()).toContain(where)
  expect(terminal()).toContain('there is no month 13')

  writeFileSync(file, post('날짜를 고친 글'))
  await expect(async () => {
    await page.goto(BASE + '/')
    await expect(panel).toHaveCount(0, { timeout: 1000 })
    await expect(page.getByRole('link', { name: '날짜를 고친 글' })).toBeVisible({ timeout: 1000 })
  }).toPass(RELOAD)
  expect(terminal()).toContain('Content check: all posts are fine again.')
})

test('a post saved with a diagram gets its drawing while dev runs, inline after a reload', async ({ page }) => {
  const fence = '```mermaid\n%% 저장하면 그려지는 그림\nflowchart LR\n  save[저장] --> draw[그림]\n```\n'
  writeFileSync(join(contentDir, 'blog', '개발-서버-그림.mdx'), `${post('개발 서버의 그림')}\n${fence}`)
  // Drawn in the page by mermaid until scripts/diagrams.mjs has drawn it; either way the reader sees it.
  const label = page.locator('figure.diagram .diagram-light svg text', { hasText: '저장' }).first()
  await expect(async () => {
    await page.goto(BASE + '/blog/개발-서버-그림')
    await expect(label).toBeVisible({ timeout: 1000 })
  }).toPass(RELOAD)
  // The dev server's own drawing, inline (a figure the reader's browser drew carries data-diagram-state).
  await expect(async () => {
    await page.reload()
    await expect(page.locator('figure.diagram:not([data-diagram-state])')).toHaveCount(1, { timeout: 1000 })
  }).toPass(RELOAD)
  await expect(label).toBeVisible()
  expect(terminal()).toContain('diagrams: 1 drawn')
  // The drawings are written into the content folder: contentlayer must not take them for documents.
  expect(terminal()).not.toContain('unsupported file extensions')
})
