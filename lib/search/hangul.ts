// The Hangul glue for search: words become jamo strings (어려운 -> ㅇㅓㄹㅕㅇㅜㄴ),
// so every state an IME shows while a word is typed (ㅇ, 어, 얼, 어려, 어려ㅇ,
// 어려우) is a prefix of the finished word, and 초성 queries (ㅇㄹㅇ) match a
// word's initial consonants. es-hangul does the decomposition.
import { disassemble, getChoseong } from 'es-hangul'

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/
/** Only compatibility consonants: a 초성 query such as `ㅇㄹㅇ` or `ㅁㅈ`. */
const CHOSEONG_ONLY = /^[\u3131-\u314e]+$/
/** Marks 초성 terms in the index so they never collide with jamo terms. */
export const CHOSEONG_MARK = '#'

export type Word = { text: string; start: number }

/** Words of a text with their offsets: runs of letters and digits (any script). */
export function words(text: string): Word[] {
  const found: Word[] = []
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) found.push({ text: match[0], start: match.index })
  return found
}

/** NFC, lower case, Hangul decomposed into jamo. */
export function toJamo(word: string): string {
  const nfc = word.normalize('NFC').toLowerCase()
  return HANGUL.test(nfc) ? disassemble(nfc) : nfc
}

export function isChoseongQuery(word: string): boolean {
  return CHOSEONG_ONLY.test(word.normalize('NFC'))
}

/** The 초성 of a word's leading Hangul syllables (`어려운` -> `ㅇㄹㅇ`); '' when it starts otherwise. */
export function choseongOf(word: string): string {
  const lead = /^[\uac00-\ud7a3]+/.exec(word.normalize('NFC'))
  return lead ? getChoseong(lead[0]) : ''
}

/**
 * The index terms of one word: its jamo form, and its 초성 form (marked) when
 * it starts with Hangul syllables.
 */
export function indexTerms(word: string): string[] {
  const cho = choseongOf(word)
  return cho ? [toJamo(word), CHOSEONG_MARK + cho] : [toJamo(word)]
}

/** The term a query word is looked up by (always as a prefix). */
export function queryTerm(word: string): string {
  const nfc = word.normalize('NFC')
  return isChoseongQuery(nfc) ? CHOSEONG_MARK + nfc : toJamo(nfc)
}

/**
 * How many characters at the start of `word` the query word covers, or 0 when
 * it does not match: `얼` covers `어려` of `어려운` (its ㄹ already belongs to
 * 려), `ㅇㄹ` covers `어려`, `pact` covers `Pact` of `Pact라는`.
 */
export function matchLength(word: string, query: string): number {
  const w = word.normalize('NFC')
  const q = query.normalize('NFC')
  if (!q) return 0
  if (isChoseongQuery(q)) {
    const cho = choseongOf(w)
    return cho.startsWith(q) ? q.length : 0
  }
  const target = toJamo(q)
  let covered = ''
  for (let i = 0; i < w.length; i += 1) {
    if (covered.length >= target.length) return i
    covered += toJamo(w[i])
    const common = Math.min(covered.length, target.length)
    if (covered.slice(0, common) !== target.slice(0, common)) return 0
  }
  return covered.length >= target.length ? w.length : 0
}

export type Segment = { text: string; match: boolean }

/**
 * Cuts a text into plain and matched segments for every word that a query
 * word matches, so a snippet can be drawn as React nodes (never as HTML).
 */
export function highlight(text: string, queryWords: readonly string[]): Segment[] {
  const segments: Segment[] = []
  let last = 0
  for (const word of words(text)) {
    const length = Math.max(0, ...queryWords.map((q) => matchLength(word.text, q)))
    if (length === 0) continue
    if (word.start > last) segments.push({ text: text.slice(last, word.start), match: false })
    segments.push({ text: text.slice(word.start, word.start + length), match: true })
    last = word.start + length
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false })
  return segments
}

/**
 * A window of about `size` characters around the first match in `text`,
 * with ellipses where it was cut; the start of the text when nothing matches.
 */
export function snippet(text: string, queryWords: readonly string[], size = 120): { text: string; matched: boolean } {
  const first = words(text).find((word) => queryWords.some((q) => matchLength(word.text, q) > 0))
  if (!first) return { text: text.length > size ? `${text.slice(0, size).trimEnd()}…` : text, matched: false }
  const from = Math.max(0, first.start - Math.floor(size / 3))
  // Start on a word boundary so the first word is never cut in half.
  const start = from === 0 ? 0 : text.indexOf(' ', from) + 1 || from
  const end = Math.min(text.length, start + size)
  const cut = text.slice(start > first.start ? first.start : start, end)
  return { text: `${start > 0 ? '…' : ''}${cut.trim()}${end < text.length ? '…' : ''}`, matched: true }
}
