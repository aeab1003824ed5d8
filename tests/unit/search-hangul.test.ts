import { describe, expect, it } from 'vitest'
import { choseongOf, highlight, indexTerms, isChoseongQuery, matchLength, queryTerm, snippet, toJamo, words } from '@/lib/search/hangul'

describe('toJamo', () => {
  it('decomposes Hangul so every IME state of a word is a prefix of it', () => {
    const word = toJamo('어려운')
    expect(word).toBe('ㅇㅓㄹㅕㅇㅜㄴ')
    for (const state of ['ㅇ', '어', '얼', '어려', '어려ㅇ', '어려우', '어려운']) {
      expect(word.startsWith(toJamo(state)), state).toBe(true)
    }
  })
  it('lower-cases Latin and reads decomposed (NFD) Hangul as composed', () => {
    expect(toJamo('Terraform')).toBe('terraform')
    expect(toJamo('Pact라는')).toBe('pactㄹㅏㄴㅡㄴ')
    expect(toJamo('어려운'.normalize('NFD'))).toBe('ㅇㅓㄹㅕㅇㅜㄴ')
  })
})

describe('초성', () => {
  it('recognises a query made only of consonants', () => {
    expect(isChoseongQuery('ㅇㄹㅇ')).toBe(true)
    expect(isChoseongQuery('ㅁㅈ')).toBe(true)
    expect(isChoseongQuery('어려')).toBe(false)
    expect(isChoseongQuery('pact')).toBe(false)
  })
  it('takes the 초성 of the leading syllables only', () => {
    expect(choseongOf('어려운')).toBe('ㅇㄹㅇ')
    expect(choseongOf('문제를')).toBe('ㅁㅈㄹ')
    expect(choseongOf('Pact라는')).toBe('')
  })
  it('keeps jamo and 초성 terms apart in the index', () => {
    expect(indexTerms('어려운')).toEqual(['ㅇㅓㄹㅕㅇㅜㄴ', '#ㅇㄹㅇ'])
    expect(indexTerms('Pact')).toEqual(['pact'])
    expect(queryTerm('ㅁㅈ')).toBe('#ㅁㅈ')
    expect(queryTerm('얼')).toBe('ㅇㅓㄹ')
  })
})

describe('matchLength', () => {
  it('covers the syllables a partial or 초성 query reaches', () => {
    expect(matchLength('어려운', '어려운')).toBe(3)
    expect(matchLength('어려운', '얼')).toBe(2)
    expect(matchLength('어려운', '어려우')).toBe(3)
    expect(matchLength('어려운', 'ㅇㄹㅇ')).toBe(3)
    expect(matchLength('문제를', 'ㅁㅈ')).toBe(2)
    expect(matchLength('문제를', '문제')).toBe(2)
    expect(matchLength('Pact라는', 'pact')).toBe(4)
  })
  it('is 0 when the word does not start with the query', () => {
    expect(matchLength('어려운', '려운')).toBe(0)
    expect(matchLength('어려운', '아')).toBe(0)
    expect(matchLength('어려운', 'ㄹㅇ')).toBe(0)
    expect(matchLength('Terraform', 'form')).toBe(0)
    expect(matchLength('어', '어려운')).toBe(0)
  })
})

describe('words, highlight and snippet', () => {
  it('splits on anything that is not a letter or digit', () => {
    expect(words('self-evalutaion, 어려운 문제?').map((w) => w.text)).toEqual(['self', 'evalutaion', '어려운', '문제'])
  })
  it('marks only the matched part of each word', () => {
    expect(highlight('가장 어려운 문제는', ['얼', 'ㅁㅈ'])).toEqual([
      { text: '가장 ', match: false },
      { text: '어려', match: true },
      { text: '운 ', match: false },
      { text: '문제', match: true },
      { text: '는', match: false },
    ])
  })
  it('quotes around the first match and says so', () => {
    const text = `${'가나다 '.repeat(60)}Terraform보다는 Cloudformation ${'라마바 '.repeat(60)}`
    const quote = snippet(text, ['terraform'], 80)
    expect(quote.matched).toBe(true)
    expect(quote.text).toContain('Terraform보다는')
    expect(quote.text.startsWith('…')).toBe(true)
    expect(quote.text.endsWith('…')).toBe(true)
    expect(snippet('짧은 글', ['없는']).matched).toBe(false)
  })
})
