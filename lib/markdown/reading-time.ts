// Reading time for Korean and English prose. Word-count estimators (200 words a
// minute) read a Korean 어절 as one word and a 2,000-syllable post as "10 min";
// Koreans read about 500 syllables a minute, so syllables are counted instead.
// Counted from the parsed body (./text.ts, the text search quotes), once per
// post at build time (contentlayer's `readingTime`).
import type { BodyFormat } from './format'
import { parseBody } from './parser'
import { codeLines, postText } from './text'

/** Hangul syllables a reader gets through in a minute. */
export const SYLLABLES_PER_MINUTE = 500
/** Latin-script words (and numbers) a reader gets through in a minute. */
export const WORDS_PER_MINUTE = 200
/** A line of fenced code (or display math) is read, not skimmed: a few seconds each. */
export const SECONDS_PER_CODE_LINE = 4

export type ReadingStats = { syllables: number; words: number; codeLines: number; minutes: number }

const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/g
const LATIN_WORD = /[\p{Script=Latin}\p{Nd}]+(?:['’.-][\p{Script=Latin}\p{Nd}]+)*/gu
// A bare address (autolinks, `www.…`) is on the page but nobody reads it word by word.
const URL = /<?\b(?:https?|ftp|mailto):[^\s<>)\]]*>?|\bwww\.[^\s<>)\]]+/g

/**
 * The reading time of a body in whole minutes: seconds for syllables,
 * words and code lines added up, divided by 60 and rounded to the nearest
 * minute (half up), never less than 1.
 */
export function readingStats(body: string, format: BodyFormat = 'mdx'): ReadingStats {
  const tree = parseBody(body, format)
  const text = postText(tree).replace(URL, ' ')
  const syllables = text.match(HANGUL_SYLLABLE)?.length ?? 0
  // Hangul is removed first so that `Terraform보다는` is one word and three syllables.
  const words = text.replace(HANGUL_SYLLABLE, ' ').match(LATIN_WORD)?.length ?? 0
  const lines = codeLines(tree)
  const seconds = (syllables / SYLLABLES_PER_MINUTE) * 60 + (words / WORDS_PER_MINUTE) * 60 + lines * SECONDS_PER_CODE_LINE
  return { syllables, words, codeLines: lines, minutes: Math.max(1, Math.round(seconds / 60)) }
}

export function readingMinutes(body: string, format: BodyFormat = 'mdx'): number {
  return readingStats(body, format).minutes
}
