// A post body as HTML for feed readers. Feeds are route handlers, where the
// React tree of next-mdx-remote cannot be rendered to a string, so the raw MDX
// goes through a small unified pipeline instead: the same parser (remark-mdx +
// GFM), JSX components unwrapped to their Markdown children (or to a plain
// <img> for images), code/expressions dropped, and relative links made absolute.
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import type { Root as HastRoot } from 'hast'
import type { Image, Root as MdastRoot, Paragraph } from 'mdast'
import type {} from 'mdast-util-mdx'
import { SKIP, visit } from 'unist-util-visit'
import { siteConfig } from '@/data/site-config'
import { absoluteUrl } from '../publishing/routes'

/** Replaces MDX-only nodes by plain Markdown ones that remark-rehype understands. */
function remarkPlainMarkdown() {
  return (tree: MdastRoot) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return
      if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        parent.children.splice(index, 1)
        return [SKIP, index]
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return
      const attribute = (name: string) => {
        const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)
        return typeof found?.value === 'string' ? found.value : undefined
      }
      const src = attribute('src')
      if ((node.name === 'Image' || node.name === 'img') && src) {
        const image: Image = { type: 'image', url: src, alt: attribute('alt') ?? '' }
        const replacement: Image | Paragraph =
          node.type === 'mdxJsxFlowElement' ? { type: 'paragraph', children: [image] } : image
        parent.children.splice(index, 1, replacement)
        return SKIP
      }
      parent.children.splice(index, 1, ...node.children)
      return [SKIP, index]
    })
  }
}

/** Feed readers resolve nothing against the site: every href/src becomes absolute. */
function rehypeAbsoluteUrls(siteUrl: string) {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node) => {
      for (const key of ['href', 'src']) {
        const value = node.properties[key]
        if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) {
          node.properties[key] = absoluteUrl(value, siteUrl)
        }
      }
    })
  }
}

const processors = new Map<string, ReturnType<typeof createProcessor>>()

function createProcessor(siteUrl: string) {
  return unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkPlainMarkdown)
    .use(remarkRehype)
    .use(rehypeAbsoluteUrls, siteUrl)
    .use(rehypeStringify)
}

export async function renderFeedHtml(mdx: string, siteUrl: string = siteConfig.siteUrl): Promise<string> {
  let processor = processors.get(siteUrl)
  if (!processor) {
    processor = createProcessor(siteUrl)
    processors.set(siteUrl, processor)
  }
  return String(await processor.process(mdx))
}
