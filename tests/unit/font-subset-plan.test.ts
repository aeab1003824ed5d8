import { describe, expect, it } from 'vitest'
import { ALWAYS, glyphPlan, unicodeRange } from '@/lib/site/fonts/subset-plan'

describe('font subset plan', () => {
  it('puts the chrome and the most shown glyphs in the first file, rarer ones after, each glyph once', () => {
    const plan = glyphPlan(
      { chrome: '태그 블로그', pages: ['가나다 공통', '공통 라마', '공통 바사'] },
      { first: 4, further: 2 },
    )
    // 태그블로 are on every page; 공통 on three; the rest on one page each, in code point order.
    expect(plan[0]).toEqual(expect.arrayContaining([...'태그블로', ...'ABCxyz09 .,']))
    expect(plan[0]).not.toContain('공')
    const [, ...rest] = plan
    expect(rest.flat()).toEqual(expect.arrayContaining([...'공통가나다라마바사']))
    expect(rest[0]).toEqual(['공', '통'])
    const all = plan.flat()
    expect(new Set(all).size).toBe(all.length)
    expect(rest.every((file) => file.length <= 2)).toBe(true)
  })

  it('always has printable ASCII in the first file, and leaves out controls and joiners', () => {
    const [first, ...rest] = glyphPlan({ chrome: '', pages: ['a\u200db\tc\ufe0f한'] })
    for (const ch of ALWAYS) expect(first).toContain(ch)
    expect([first, ...rest].flat()).not.toEqual(expect.arrayContaining(['\u200d']))
    expect([first, ...rest].flat()).not.toContain('\t')
    expect(first).toContain('한')
  })

  it('depends only on the text, not on the order pages come in', () => {
    const a = glyphPlan({ chrome: '홈', pages: ['가나', '다라', '가다'] }, { first: 1, further: 1 })
    const b = glyphPlan({ chrome: '홈', pages: ['가다', '다라', '가나'] }, { first: 1, further: 1 })
    expect(a).toEqual(b)
  })

  it('writes unicode-range with consecutive code points joined', () => {
    expect(unicodeRange([...'abc', 'e', '가', '각'])).toBe('U+61-63, U+65, U+AC00-AC01')
    expect(unicodeRange(['😀'])).toBe('U+1F600')
  })
})
