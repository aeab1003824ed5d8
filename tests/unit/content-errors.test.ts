// One bad file per folder under tests/fixtures/bad-content/<case>/: the content
// check that `npm run build` runs first must stop with a non-zero exit and one
// message naming the file, the line (and column), the field and what was expected.
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

// Each case starts node and bundles the check (about a second, more on a busy machine).
import { checkContent, dateProblem } from '@/lib/content-check'

const run = promisify(execFile)
const fixtures = 'tests/fixtures/bad-content'

/** Runs the check script as the build does; resolves with its exit code and output. */
async function checkScript(name: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run('node', ['scripts/check-content.mjs'], {
      env: { ...process.env, CONTENT_DIR: join(fixtures, name) },
    })
    return { code: 0, output: stdout + stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, output: failed.stdout + failed.stderr }
  }
}

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
]

describe('content errors stop the build with a message that points at the mistake', () => {
  it.concurrent.each(cases)('$name', async ({ name, file = 'post.mdx', at, field, expected, found }) => {
    const { code, output } = await checkScript(name)
    expect(code).toBe(1)
    const path = join(fixtures, name, 'blog', file)
    expect(output).toContain(`${path}${at}`)
    if (field) expect(output).toContain(`in \`${field}\``)
    expect(output).toContain(`expected: `)
    expect(output).toContain(expected)
    if (found) expect(output).toContain(found)
    // One problem, one message.
    expect(output).toContain('Content check: 1 error.')
  }, 60_000)

  it('an unknown field is a warning with a suggestion, and does not stop the build', async () => {
    const { code, output } = await checkScript('unknown-field')
    expect(code).toBe(0)
    expect(output).toContain(`${join(fixtures, 'unknown-field', 'blog', 'post.mdx')}:4:6 warning in \`tag\``)
    expect(output).toContain('did you mean `tags`?')
  }, 60_000)

  it('a broken post in blog/_drafts/ is never built, so it is not checked either', async () => {
    const { code, output } = await checkScript('../unpublished-folder')
    expect(code).toBe(0)
    expect(output).not.toContain('_drafts')
    expect(await checkContent('tests/fixtures/unpublished-folder')).toEqual([])
  }, 60_000)

  it('the real posts pass', async () => {
    expect(await checkContent('data')).toEqual([])
    expect(await checkContent('e2e/fixtures/content')).toEqual([])
  })
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
