// The rehype half of the pipeline (the parser and remark plugins are in
// parser.ts). Everything here runs when a post is prerendered or a feed is
// built: readers get finished HTML (highlighted code, typeset math, sized
// images) and no highlighter.
import { existsSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import rehypeShiki from '@shikijs/rehype'
import { transformerMetaHighlight } from '@shikijs/transformers'
import type { Element, Root } from 'hast'
import { imageSizeFromFile } from 'image-size/fromFile'
import rehypeCitation from 'rehype-citation'
import rehypeKatex from 'rehype-katex'
import type { ShikiTransformer } from 'shiki'
import type { PluggableList } from 'unified'
import { visit } from 'unist-util-visit'
import { dictionaryFor, language } from '../site/i18n'
import type { PostLanguage } from '../site/language'
import { rehypeDiagrams } from './diagrams'
import { postAssetUrl, publicFile } from './post-assets.mjs'
import type { BodyFormat } from './format'
import { rehypePostLinks } from './post-links'
import { safeHtmlPlugins } from './safe-html'

/** ```ts title="app.ts" showLineNumbers {1,3-4} → { title, showLineNumbers } */
export function parseCodeMeta(meta: string): { title?: string; showLineNumbers: boolean } {
  const title = /title=(?:"([^"]*)"|'([^']*)')/.exec(meta)
  return { title: title?.[1] ?? title?.[2], showLineNumbers: /(^|\s)showLineNumbers(\s|$)/.test(meta) }
}

/** Puts the language, the title and the line-number switch on <pre> for components/code-block.tsx. */
const codeFrame: ShikiTransformer = {
  name: 'code-frame',
  pre(node) {
    const { title, showLineNumbers } = parseCodeMeta(this.options.meta?.__raw ?? '')
    node.properties['data-language'] = this.options.lang
    if (title) node.properties['data-title'] = title
    if (showLineNumbers) this.addClassToHast(node, 'line-numbers')
  },
}

/** Headings link to themselves, so a reader can copy the address of a section. */
function rehypeHeadingLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (!/^h[2-6]$/.test(node.tagName) || typeof node.properties.id !== 'string') return
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { href: `#${node.properties.id}`, className: ['heading-anchor'] },
        children: node.children,
      }
      node.children = [link]
    })
  }
}

/**
 * Width and height of images under public/, read at build time, so the page
 * reserves their space before they load (no layout shift). Applies to
 * `![alt](/path.png)` and to `<Image src="/path.png">` without a size; images
 * next to the post are sized from their copy (rehypePostAssets runs first).
 */
function rehypeImageSize({ onFileRead }: { onFileRead?: (file: string) => void } = {}) {
  const sizeOf = async (src: unknown) => {
    const file = typeof src === 'string' ? publicFile(src) : undefined
    // The compile cache (./compile-cache.ts) keeps the output only while these files stay the same.
    if (file) onFileRead?.(file)
    if (!file || !existsSync(/*turbopackIgnore: true*/ file)) return undefined
    const { width, height } = await imageSizeFromFile(file)
    return width && height ? { width, height } : undefined
  }
  return async (tree: Root) => {
    const jobs: Promise<void>[] = []
    visit(tree, (node) => {
      if (node.type === 'element' && node.tagName === 'img' && !node.properties.width) {
        jobs.push(
          sizeOf(node.properties.src).then((size) => {
            if (size) Object.assign(node.properties, size)
          }),
        )
      }
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        if (node.name !== 'Image') return
        const attr = (name: string) =>
          node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)
        const src = attr('src')?.value
        if (attr('width') || attr('fill')) return
        jobs.push(
          sizeOf(src).then((size) => {
            if (!size) return
            for (const [name, value] of Object.entries(size)) {
              node.attributes.push({ type: 'mdxJsxAttribute', name, value: String(value) })
            }
          }),
        )
      }
    })
    await Promise.all(jobs)
  }
}

/** Footnote back-links and labels in the post's language (the site's by default) instead of GitHub's English. */
export function remarkRehypeOptionsFor(lang: PostLanguage = language) {
  const t = dictionaryFor(lang)
  return { footnoteLabel: t.footnotes, footnoteBackLabel: (n: number) => t.backToReference(n + 1) }
}

/**
 * Images kept next to the post (`![](./diagram.png)`, `<Image src="diagram.png">`)
 * point at their copy under /content-assets/ (./post-assets.mjs), so
 * rehypeImageSize can size them like any file in public/.
 */
function rehypePostAssets({ dir }: { dir: string }) {
  const rewrite = (src: unknown) => (typeof src === 'string' ? postAssetUrl(dir, src) : undefined)
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'element' && node.tagName === 'img') {
        const src = rewrite(node.properties.src)
        if (src) node.properties.src = src
      }
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Image') {
        const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'src')
        const src = attr && rewrite(attr.value)
        if (attr && src) attr.value = src
      }
    })
  }
}

/** The reference list rehype-citation appends gets a heading in the site language. */
function rehypeReferencesHeading({ lang }: { lang?: PostLanguage }) {
  const t = dictionaryFor(lang ?? language)
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.properties.id !== 'refs' || !parent || index === undefined) return
      const heading: Element = {
        type: 'element',
        tagName: 'h2',
        properties: { id: 'references' },
        children: [{ type: 'text', value: t.references }],
      }
      parent.children.splice(index, 0, heading)
      return index + 2
    })
  }
}

/**
 * `[@key]` citations and a reference list, from a BibTeX file on disk. APA
 * style and the en-US locale ship inside citation-js, so nothing is fetched
 * (the content check refuses a bibliography given as a URL).
 */
function citationPlugins(bibliography: string | undefined, lang: PostLanguage | undefined): PluggableList {
  if (!bibliography) return []
  // rehype-citation joins `path` and `bibliography` itself, so an absolute
  // file is handed over as folder + name.
  const options = { bibliography: basename(bibliography), path: dirname(bibliography), csl: 'apa', lang: 'en-US', linkCitations: true }
  return [[rehypeCitation, options], [rehypeReferencesHeading, { lang }]]
}

/**
 * The plugins of one post: a `.md` body's HTML parsed and made safe first (so
 * its `<img>` and links are treated like Markdown's), its citations and its own
 * images (`dir` is the post's folder inside the content folder, e.g.
 * `blog/rich`), its diagrams (./diagrams.ts), then the shared list.
 */
export function postRehypePlugins({ format, bibliography, dir, lang, onFileRead }: PostPlugins): PluggableList {
  const html = format === 'md' ? safeHtmlPlugins : []
  const assets: PluggableList = dir ? [[rehypePostAssets, { dir }], [rehypePostLinks, { dir }]] : []
  // Diagrams before Shiki, which would otherwise highlight their source as code.
  const diagrams: PluggableList = [[rehypeDiagrams, { lang, onFileRead }]]
  return [...html, ...citationPlugins(bibliography, lang), ...assets, ...diagrams, ...rehypePlugins, [rehypeImageSize, { onFileRead }]]
}

type PostPlugins = { format?: BodyFormat; bibliography?: string; dir?: string; lang?: PostLanguage; onFileRead?: (file: string) => void }

/**
 * A post's page and its feed entry highlight the same code blocks in one
 * process: each block is highlighted once. Copies go in and out, since later
 * plugins change the tree they are given. Bounded, oldest out first.
 */
const highlighted = new Map<string, Root>()
const highlightCache = {
  get: (key: string) => {
    const tree = highlighted.get(key)
    return tree && structuredClone(tree)
  },
  set: (key: string, tree: Root) => {
    if (highlighted.size >= 4000) highlighted.delete(highlighted.keys().next().value!)
    highlighted.set(key, structuredClone(tree))
  },
}

const rehypePlugins: PluggableList = [
  rehypeKatex,
  [
    rehypeShiki,
    {
      // Two themes in one pass: CSS picks one from the `dark` class on <html>.
      themes: { light: 'github-light', dark: 'github-dark' },
      // Grammars load on first use; unknown languages and fences without one
      // print as plain text (still framed, with a copy button).
      langs: [],
      lazy: true,
      defaultLanguage: 'text',
      fallbackLanguage: 'text',
      // Shiki stops tokenizing a line after 500 ms and leaves the rest one colour; a
      // grammar's first line on a busy build machine took that long, so the same post
      // came out highlighted differently from build to build. Builds wait instead.
      tokenizeTimeLimit: 0,
      transformers: [transformerMetaHighlight(), codeFrame],
      cache: highlightCache,
    },
  ],
  rehypeHeadingLinks,
]
