// Reading time for Korean and English prose. Word-count estimators (200 words a
// minute) read a Korean 어절 as one word and a 2,000-syllable post as "10 min";
// Koreans read about 500 syllables a minute, so syllables are counted instead.
// Pure: contentlayer calls it once per post at build time (`readingTime`).

/** Hangul syllables a reader gets through in a minute. */
export const SYLLABLES_PER_MINUTE = 500
/** Latin-script words (and numbers) a reader gets through in a minute. */
export const WORDS_PER_MINUTE = 200
/** A line of fenced code is read, not skimmed: a few seconds each. */
export const SECONDS_PER_CODE_LINE = 4

export type ReadingStats = { syllables: number; words: number; codeLines: number; minutes: number }

const FENCE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n([\s\S]*?)(?:^ {0,3}\1[`~]*[ \t]*$|(?![\s\S]))/gm
const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/g
const LATIN_WORD = /[\p{Script=Latin}\p{Nd}]+(?:['’.-][\p{Script=Latin}\p{Nd}]+)*/gu

/** Splits a body into prose and the number of non-blank lines of fenced code. */
function separateCode(body: string): { prose: string; codeLines: number } {
  let codeLines = 0
  const prose = body.replace(FENCE, (_block, _fence: string, code: string) => {
    codeLines += code.split('\n').filter((line) => line.trim() !== '').length
    return '\n'
  })
  return { prose, codeLines }
}

/**
 * What a reader reads of the prose: the text of links and emphasis, without
 * MDX imports/exports, JSX tags and their props, `{expressions}`, comments,
 * images, URLs or markdown punctuation.
 */
export function readableText(prose: string): string {
  return (
    prose
      .replace(/^(?:import|export)\s[^\n]*$/gm, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
      // JSX and HTML tags with their props (props may hold `{...}` and quoted `>`).
      .replace(/<\/?[A-Za-z][\w.:-]*(?:\s+(?:[^<>"'{}]|"[^"]*"|'[^']*'|\{[^{}]*\})*)?\/?>/g, ' ')
      .replace(/\{[^{}\n]*\}/g, ' ')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^\s*\[[^\]]+\]:\s*\S+.*$/gm, ' ')
      .replace(/<?\b(?:https?|ftp|mailto):[^\s<>)\]]*>?/g, ' ')
      .replace(/\bwww\.[^\s<>)\]]+/g, ' ')
  )
}

/**
 * The reading time of an MDX body in whole minutes: seconds for syllables,
 * words and code lines added up, divided by 60 and rounded to the nearest
 * minute (half up), never less than 1.
 */
export function readingStats(body: string): ReadingStats {
  const { prose, codeLines } = separateCode(body.replace(/\r\n?/g, '\n'))
  const text = readableText(prose)
  const syllables = text.match(HANGUL_SYLLABLE)?.length ?? 0
  // Hangul is removed first so that `Terraform보다는` is one word and three syllables.
  const words = text.replace(HANGUL_SYLLABLE, ' ').match(LATIN_WORD)?.length ?? 0
  const seconds = (syllables / SYLLABLES_PER_MINUTE) * 60 + (words / WORDS_PER_MINUTE) * 60 + codeLines * SECONDS_PER_CODE_LINE
  return { syllables, words, codeLines, minutes: Math.max(1, Math.round(seconds / 60)) }
}

export function readingMinutes(body: string): number {
  return readingStats(body).minutes
}
