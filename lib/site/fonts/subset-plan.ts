// Which glyphs go in which font file. Every page shows the site's chrome (UI
// strings, site config, titles in lists) and one post's own text: the glyphs a
// page is most likely to show go in the first file, rarer ones in further files
// that a page fetches only when it shows one of their characters (unicode-range).

/** How many glyphs beyond the always-present Latin set go in the first file, and in each further one. */
export const FIRST_FILE_GLYPHS = 360
export const FURTHER_FILE_GLYPHS = 200

/** Printable ASCII and the typography the chrome and dates use: in the first file whatever the content. */
export const ALWAYS = [
  ...Array.from({ length: 95 }, (_, i) => String.fromCodePoint(0x20 + i)),
  ...'‘’“”…·–—←→©',
].join('')

/** Characters no font file needs: controls, white space other than the plain space, variation selectors. */
const SKIP = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u00a0\u2000-\u200f\ufe00-\ufe0f]/u

export type GlyphDocument = {
  /** Text shown on every page (UI strings, site config, post titles in lists). */
  chrome: string
  /** Each page's own text (a post's title, tags, summary and body). */
  pages: readonly string[]
}

/**
 * Splits the characters of `doc` into font files, most used first: a
 * character's score is the number of pages that show it, and a character of the
 * chrome counts as on every page. Ties are broken by code point so the plan
 * (and so the files' hashes) depend only on the text.
 */
export function glyphPlan(
  doc: GlyphDocument,
  { first = FIRST_FILE_GLYPHS, further = FURTHER_FILE_GLYPHS } = {},
): string[][] {
  const score = new Map<string, number>()
  const everyPage = doc.pages.length + 1
  for (const ch of new Set(doc.chrome.normalize('NFC'))) score.set(ch, everyPage)
  for (const page of doc.pages) {
    for (const ch of new Set(page.normalize('NFC'))) {
      if (score.get(ch) !== everyPage) score.set(ch, (score.get(ch) ?? 0) + 1)
    }
  }
  const always = new Set(ALWAYS)
  const ranked = [...score]
    .filter(([ch]) => !always.has(ch) && !SKIP.test(ch))
    .sort(([a, x], [b, y]) => y - x || a.codePointAt(0)! - b.codePointAt(0)!)
    .map(([ch]) => ch)
  const files = [[...always, ...ranked.slice(0, first)]]
  for (let i = first; i < ranked.length; i += further) files.push(ranked.slice(i, i + further))
  return files.map((chars) => chars.sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!))
}

/** `unicode-range` for a set of characters, consecutive code points joined (`U+20-7E, U+AC00`). */
export function unicodeRange(chars: readonly string[]): string {
  const points = [...new Set(chars.map((ch) => ch.codePointAt(0)!))].sort((a, b) => a - b)
  const ranges: string[] = []
  for (let i = 0; i < points.length; i++) {
    const start = points[i]
    while (points[i + 1] === points[i] + 1) i++
    const hex = (n: number) => n.toString(16).toUpperCase()
    ranges.push(start === points[i] ? `U+${hex(start)}` : `U+${hex(start)}-${hex(points[i])}`)
  }
  return ranges.join(', ')
}
