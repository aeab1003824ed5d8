// A post body is MDX (`.mdx`: JSX components, `{expressions}`) or plain
// Markdown (`.md`: CommonMark + GFM, where `<br>`, `{ }`, `a < b`, comments and
// inline HTML are text or sanitised HTML, as on GitHub). The file's extension
// decides; every reader of a body (pages, feeds, search, headings, reading
// time, the content check) passes the format to the one parser.
export type BodyFormat = 'md' | 'mdx'

/** `blog/a.md` → 'md'; anything else (`.mdx`) → 'mdx'. */
export function bodyFormatOf(file: string): BodyFormat {
  return /\.md$/i.test(file) ? 'md' : 'mdx'
}

/** Extensions of post files in the content folder. */
export const POST_FILE_EXTENSIONS = ['.md', '.mdx'] as const
