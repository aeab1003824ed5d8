// One bad file per folder under tests/fixtures/bad-content/<case>/: the content
// check that `npm run build` runs first must stop with a non-zero exit and one
// message naming the file, the line (and column), the field and what was expected.
// The cases call the check in process (checkOnce gives the printed report and the
// exit status, as the command does); one smoke test runs the real command.
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkContent, dateProblem } from '@/lib/content-check'
import { checkOnce } from '@/lib/content-check/cli'

const fixtures = 'tests/fixtures/bad-content'
// A wait, not a speed limit: a check takes well under a second, but not at load average 40.
const BUSY = { timeout: 60_000 }

type Case = { name: string; file?: string; at: string; field?: string; expected: string; found?: string }

const cases: Case[] = [
  { name: 'yaml-syntax', at: ':2:8', expected: 'quote text that contains', found: '회고: 올해를 돌아보며' },
  { name: 'missing-title', at: ':4:1', field: 'title', expected: "text, e.g. title: '글 제목'" },
  { name: 'missing-date', at: ':4:1', field: 'date', expected: 'a calendar date as YYYY-MM-DD' },
  { name: 'impossible-date', at: ':3:7', field: 'date', expected: 'a calendar date as YYYY-MM-DD', found: '"2023-13-45"' },
  { name: 'tags-not-list', at: ':4:7', field: 'tags', expected: 'a list of text', found: '"회고, 테스트"' },
  { name: 'draft-not-boolean', at: ':4:8', field: 'draft', expected: 'true or false', found: '"yes"' },
  { name: 'mdx-unclosed-tag', at: ':8:1', expected: 'closed JSX tags', found: '<div className' },
  { name: 'mdx-stray-brace', at: ':8:', expected: 'balanced { }', found: '{ a: 1' },
  { name: 'unknown-component', at: ':8:1', expected: '<Image>', found: '<Callout>' },
  { name: 'duplicate-slug', file: 'same.mdx', at: ':1', field: 'slug', expected: 'a slug no other post uses', found: 'same' },
  { name: 'unknown-author', at: ':4:10', field: 'authors', expected: 'authors/ghost.mdx', found: 'ghost' },
  { name: 'missing-bibliography', at: ':4:15', field: 'bibliography', expected: 'a BibTeX file next to the post', found: 'refs.bib' },
  { name: 'missing-image', at: ':9:1', expected: 'next to the post', found: './없는-그림.png' },
  { name: 'empty-file', at: ':1', expected: 'frontmatter between --- lines', found: 'an empty file' },
  { name: 'no-frontmatter', at: ':1:1', expected: 'a first line of ---', found: '"# 머리말 없이 시작한 글"' },
  { name: 'unclosed-frontmatter', at: ':1:1', expected: 'a line of --- after the last frontmatter field', found: 'no closing ---' },
  { name: 'duplicate-field', at: ':4:1', expected: 'one `field: value` per line', found: "title: '두 번째 제목'" },
  { name: 'empty-title', at: ':2:8', field: 'title', expected: "text, e.g. title: '글 제목'", found: '""' },
  { name: 'layout-unknown', at: ':4:9', field: 'layout', expected: 'one of PostLayout, PostSimple, PostBanner', found: '"Wide"' },
  { name: 'series-order-not-number', at: ':5:14', field: 'seriesOrder', expected: 'a number, e.g. 2', found: '"둘째"' },
  { name: 'tag-not-text', at: ':4:7', field: 'tags', expected: 'a list of text', found: '[2024,"회고"]' },
  { name: 'bibliography-url', at: ':4:15', field: 'bibliography', expected: 'a BibTeX file next to the post', found: 'https://example.com/refs.bib' },
  { name: 'missing-public-image', at: ':8:1', expected: 'paths starting with / are read from public/', found: '/static/images/없는-그림.png' },
  { name: 'youtube-bad-id', at: ':8:1', expected: 'the 11 characters after watch?v=', found: 'https://youtu.be/M7lc1UVf-VE' },
]

describe('content errors stop the build with a message that points at the mistake', BUSY, () => {
  it.each(cases)('$name', async ({ name, file = 'post.mdx', at, field, expected, found }) => {
    const { status, report: output } = await checkOnce(join(fixtures, name))
    expect(status).toBe(1)
    const path = join(fixtures, name, 'blog', file)
    expect(output).toContain(`${path}${at}`)
    if (field) expect(output).toContain(`in \`${field}\``)
    expect(output).toContain(`expected: `)
    expect(output).toContain(expected)
    if (found) expect(output).toContain(found)
    // One problem, one message.
    expect(output).toContain('Content check: 1 error.')
  })

  it('an unknown field is a warning with a suggestion, and does not stop the build', async () => {
    const { status, report: output } = await checkOnce(join(fixtures, 'unknown-field'))
    expect(status).toBe(0)
    expect(output).toContain(`${join(fixtures, 'unknown-field', 'blog', 'post.mdx')}:4:6 warning in \`tag\``)
    expect(output).toContain('did you mean `tags`?')
  })

  it('a broken post in blog/_drafts/ is never built, so it is not checked either', async () => {
    expect(await checkOnce('tests/fixtures/unpublished-folder')).toEqual({ issues: [], report: '', status: 0 })
  })

  it('the real posts pass', async () => {
    expect(await checkContent('data')).toEqual([])
    expect(await checkContent('e2e/fixtures/content')).toEqual([])
  })
})

describe('npm run content:check', () => {
  // The command itself, once: CONTENT_DIR, the printed message and the exit code the build stops on.
  it('prints the message and exits 1 on a broken post', async () => {
    const { code, output } = await new Promise<{ code: number; output: string }>((resolve) =>
      execFile(
        'npm',
        ['run', '--silent', 'content:check'],
        { env: { ...process.env, CONTENT_DIR: join(fixtures, 'impossible-date') } },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, output: stdout + stderr }),
      ),
    )
    expect(code).toBe(1)
    expect(output).toContain(`${join(fixtures, 'impossible-date', 'blog', 'post.mdx')}:3:7 error in \`date\`: \`date\` is not a real date`)
    expect(output).toContain('found:    the text "2023-13-45"')
    expect(output).toContain('Content check: 1 error.')
  }, 120_000)
})

describe('dateProblem', () => {
  it('accepts calendar dates and rejects impossible ones', () => {
    expect(dateProblem('2024-02-29')).toBeNull()
    expect(dateProblem('2024-03-01T09:30:00+09:00')).toBeNull()
    expect(dateProblem('2023-02-29')).toBe('2023-02 has no day 29')
    expect(dateProblem('2023-13-45')).toBe('there is no month 13')
    expect(dateProblem('3월 1일')).toBe('not in the form YYYY-MM-DD')
  })
})
