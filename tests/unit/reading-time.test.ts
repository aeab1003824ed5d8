import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import matter from 'gray-matter'
import { readingMinutes, readingStats } from '@/lib/markdown/reading-time'

// Fixed texts: `가` repeated is 1 syllable each, `word` repeated is 1 word each.
const syllables = (n: number) => Array.from({ length: n / 10 }, () => '가나다라마 바사아자차').join(' ')
const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ')
const code = (lines: number) => ['```ts', ...Array.from({ length: lines }, (_, i) => `const x${i} = ${i}`), '```'].join('\n')

describe('readingMinutes', () => {
  it('reads 2,000 Hangul syllables in 4 minutes (500 a minute), not the 10 a word count gives', () => {
    expect(readingStats(syllables(2000))).toMatchObject({ syllables: 2000, words: 0, minutes: 4 })
  })

  it('reads 1,000 English words in 5 minutes (200 a minute)', () => {
    expect(readingStats(words(1000))).toMatchObject({ syllables: 0, words: 1000, minutes: 5 })
  })

  it('counts 40 lines of fenced code at 4 s a line: 160 s rounds to 3 minutes, and code is not words', () => {
    expect(readingStats(code(40))).toMatchObject({ words: 0, codeLines: 40, minutes: 3 })
  })

  it('adds syllables, words and code: 1,000 syllables + 200 words + 30 code lines = 120 + 60 + 120 s = 5 min', () => {
    const body = [syllables(1000), words(200), code(30)].join('\n\n')
    expect(readingStats(body)).toMatchObject({ syllables: 1000, words: 200, codeLines: 30, minutes: 5 })
  })

  it('rounds to the nearest minute (half up) and never shows less than 1', () => {
    expect(readingMinutes('')).toBe(1)
    expect(readingMinutes('짧은 글')).toBe(1)
    expect(readingMinutes(syllables(1240))).toBe(2) // 2.48 min
    expect(readingMinutes(syllables(1250))).toBe(3) // 2.5 min
  })

  it('splits mixed tokens: `Terraform보다는` is one word and three syllables', () => {
    expect(readingStats('Terraform보다는 CI/CD 파이프라인')).toMatchObject({ syllables: 8, words: 3 })
  })

  it('does not count MDX, JSX, markdown syntax or URLs', () => {
    const body = [
      "import { Chart } from './chart'",
      'export const meta = { a: 1 }',
      '## 제목',
      '<Image src="/static/a.png" alt="그림 설명" width={800} height={600} />',
      '<Callout type="note">알림</Callout>',
      // (MDX has no <!-- --> comments or <https://…> autolinks: the content check rejects them first.)
      '{/* 주석은 읽지 않는다 */}',
      '[링크](https://example.com/some/long/path?q=1) https://example.org www.example.net',
      '![대체 텍스트](/static/b.png)',
      '**굵게** _기울임_ `inline`',
      '{1 + 2}',
    ].join('\n\n')
    // 제목 2 + 알림 2 + 링크 2 + 굵게 2 + 기울임 3 = 11 syllables; `inline` is the only word.
    expect(readingStats(body)).toMatchObject({ syllables: 11, words: 1, codeLines: 0 })
  })

  it('counts from the parsed post: link definitions, footnote text, tables and display math', () => {
    const body = [
      '표와 각주[^1]를 쓴다.',
      '| 머리 | 칸 |',
      '| --- | --- |',
      '| 가 | 나 |',
      '',
      '[^1]: 각주 글',
      '',
      '[정의]: https://example.com/definition',
      '',
      '$$',
      'x^2',
      '+ y^2',
      '$$',
      '',
      '> [!NOTE]',
      '> 내용',
    ].join('\n')
    // 표와 각주를 쓴다 (7) + 머리 칸 가 나 (5) + 각주 글 (3) + 내용 (2); the alert's title is a label, not text.
    expect(readingStats(body)).toMatchObject({ syllables: 17, words: 0, codeLines: 2 })
  })

  it('counts an unclosed fence as code to the end and a tilde fence like a backtick one', () => {
    expect(readingStats('앞\n\n~~~\na\nb\n~~~\n\n```\nc\nd\ne')).toMatchObject({ syllables: 1, words: 0, codeLines: 5 })
  })
})

describe('the seed post', () => {
  it('gets the minutes that follow from its own syllables and words', () => {
    const { content } = matter(readFileSync('data/blog/hardest-problem-i-solved.mdx', 'utf8'))
    // Counted here independently: the seed is plain prose with headings, no code, links or JSX.
    const hangul = content.match(/[가-힣]/g)?.length ?? 0
    const latin = content.replace(/[가-힣]/g, ' ').match(/[A-Za-z0-9]+(?:['’.-][A-Za-z0-9]+)*/g)?.length ?? 0
    const expected = Math.max(1, Math.round(hangul / 500 + latin / 200))
    expect(readingStats(content)).toMatchObject({ syllables: hangul, words: latin, codeLines: 0, minutes: expected })
    // 1,744 syllables (209 s) + 92 words (28 s) = 237 s, which rounds to 4 minutes.
    expect(expected).toBe(4)
  })
})
