// The plugin lists of one post, as next-mdx-remote takes them. The page
// (components/mdx-content.tsx) and the feed (./feed-html.ts) both start here.
import type { BodyFormat } from './format'
import { siteLanguage, type PostLanguage } from '../site/language'
import { remarkPlugins, remarkPluginsFor } from './parser'
import { postRehypePlugins, remarkRehypeOptionsFor } from './rehype-plugins'

export type PostContext = {
  /** `.md` bodies are plain Markdown with sanitised HTML (./format.ts); default MDX */
  format?: BodyFormat
  /** absolute path of the post's BibTeX file, when it cites */
  bibliography?: string
  /** the post's folder in the content folder (`blog/rich`), for images kept next to it */
  dir?: string
  /** the post's language when it is not the site's (a translation): alert, footnote and reference titles in it */
  lang?: PostLanguage
  /** told each file the compile reads (images it sizes), for the compile cache */
  onFileRead?: (file: string) => void
}

export function mdxOptions(post: PostContext) {
  const lang = post.lang ?? siteLanguage
  return {
    format: post.format ?? 'mdx',
    remarkPlugins: lang === siteLanguage ? remarkPlugins : remarkPluginsFor(lang),
    rehypePlugins: postRehypePlugins(post),
    remarkRehypeOptions: remarkRehypeOptionsFor(lang),
  }
}
