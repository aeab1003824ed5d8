// `npm run new`: a draft that passes the content check, named after its Hangul
// title, never overwriting a post.
import { execFile } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { checkContent } from '@/lib/content-check'
import { main, slugForTitle, today } from '@/lib/content/new-post'

let dir: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'new-post-'))
  cpSync('data/authors', join(dir, 'authors'), { recursive: true })
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** `npm run new -- ...args` against the temp content folder; optional piped answers. */
function newPost(args: string[], input?: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = execFile('node', ['scripts/new-post.mjs', ...args, '--dir', dir], (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, output: stdout + stderr }),
    )
    child.stdin?.end(input ?? '')
  })
}

/** The command's `main` in this process, with what it prints. */
async function newPostHere(args: string[]): Promise<{ code: number; output: string }> {
  const lines: string[] = []
  const keep = (...parts: unknown[]) => void lines.push(parts.join(' '))
  const log = vi.spyOn(console, 'log').mockImplementation(keep)
  const error = vi.spyOn(console, 'error').mockImplementation(keep)
  try {
    return { code: await main([...args, '--dir', dir]), output: lines.join('\n') }
  } finally {
    log.mockRestore()
    error.mockRestore()
  }
}

// Two cases start the command itself (node with tsx's loader): seconds on a busy machine.
describe('npm run new', { timeout: 60_000 }, () => {
  it('creates a draft named after the Hangul title that passes the content check', async () => {
    const { code, output } = await newPost(['글 제목', '--tags', '회고,테스트'])
    expect(code).toBe(0)
    const file = join(dir, 'blog', '글-제목.mdx')
    expect(output).toContain(`Created ${file}`)
    expect(output).toContain('http://localhost:3000/blog/글-제목')
    expect(output).toContain('https://blog.example.com/blog/글-제목')
    const text = readFileSync(file, 'utf8')
    expect(text).toContain("title: '글 제목'")
    expect(text).toContain(`date: '${today()}'`)
    expect(text).toContain("tags: ['회고', '테스트']")
    expect(text).toContain('draft: true')
    expect(await checkContent(dir)).toEqual([])
  })

  it('refuses to overwrite an existing post', async () => {
    expect((await newPostHere(['글 제목'])).code).toBe(0)
    const file = join(dir, 'blog', '글-제목.mdx')
    const before = readFileSync(file, 'utf8')
    const again = await newPostHere(['글 제목', '--tags', '다른태그'])
    expect(again.code).toBe(1)
    expect(again.output).toContain(`${file} already exists; nothing was written`)
    expect(readFileSync(file, 'utf8')).toBe(before)
  })

  it('asks for the title and tags when run without a title', async () => {
    const { code, output } = await newPost([], "대화형으로 쓴 글's 제목\n회고, 테스트\n")
    expect(code).toBe(0)
    expect(output).toContain('제목 (title):')
    const file = join(dir, 'blog', '대화형으로-쓴-글s-제목.mdx')
    expect(existsSync(file)).toBe(true)
    expect(readFileSync(file, 'utf8')).toContain("title: '대화형으로 쓴 글''s 제목'")
    expect(await checkContent(dir)).toEqual([])
  })

  it('keeps Hangul, turns spaces into dashes and drops punctuation in the file name', () => {
    expect(slugForTitle('글 제목')).toBe('글-제목')
    expect(slugForTitle('  Next.js 16으로 옮기기: 후기!  ')).toBe('nextjs-16으로-옮기기-후기')
    expect(slugForTitle('?!')).toBe('')
  })

  it("dates the post in the site's time zone", () => {
    // 2024-03-01 00:30 in Seoul is still February 29th in UTC.
    expect(today(new Date('2024-02-29T15:30:00Z'), 'Asia/Seoul')).toBe('2024-03-01')
  })
})
