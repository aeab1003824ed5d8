// The rehype half of the MDX pipeline (remark plugins are in mdx-plugins.ts).
// Everything here runs when a post is prerendered: the browser gets finished
// HTML (highlighted code, typeset math, sized images) and no highlighter.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import rehypeShiki from '@shikijs/rehype'
import { transformerMetaHighlight } from '@shikijs/transformers'
import type { Element, Root } from 'hast'
import { imageSizeFromFile } from 'image-size/fromFile'
import rehypeKatex from 'rehype-katex'
import type { ShikiTransformer } from 'shiki'
import type { PluggableList } from 'unified'
import { visit } from 'unist-util-visit'
import { t } from './i18n'

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
 * `![alt](/path.png)` and to `<Image src="/path.png">` without a size.
 */
function rehypeImageSize(publicDir = join(process.cwd(), 'public')) {
  const sizeOf = async (src: unknown) => {
    if (typeof src !== 'string' || !src.startsWith('/') || src.startsWith('//')) return undefined
    const file = join(publicDir, decodeURI(src.split(/[?#]/)[0]))
    if (!file.startsWith(publicDir) || !existsSync(file)) return undefined
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

/** Footnote back-links and labels in the site language instead of GitHub's English. */
export const remarkRehypeOptions = {
  footnoteLabel: t.footnotes,
  footnoteBackLabel: (n: number) => t.backToReference(n + 1),
}

export const rehypePlugins: PluggableList = [
  rehypeKatex,
  [
    rehypeShiki,
    {
      // Two themes in one pass: CSS picks one from the `dark` class on <html>.
      themes: { light: 'github-light', dark: 'github-dark' },
      // Grammars load on first use; unknown languages print as plain text.
      langs: [],
      lazy: true,
      fallbackLanguage: 'text',
      transformers: [transformerMetaHighlight(), codeFrame],
    },
  ],
  rehypeHeadingLinks,
  rehypeImageSize,
]
