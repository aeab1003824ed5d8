// A post body as HTML for feed readers: the page's own pipeline (the parser,
// the remark and rehype plugins of ./mdx-options.ts, so math is KaTeX, alerts
// carry their title, code is highlighted and images are sized), stringified
// instead of rendered by React, which a route handler cannot do. Then made fit
// for a reader that has none of the site around it: every href/src absolute,
// JSX turned into plain HTML, and nothing interactive or site-styled left.
import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast'
import type { Image, Paragraph, Root as MdastRoot, RootContent } from 'mdast'
import type {} from 'mdast-util-mdx'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import { SKIP, visit } from 'unist-util-visit'
import { siteConfig } from '@/data/site-config'
import { absoluteUrl } from '../publishing/routes'
import { cachedCompile } from './compile-cache'
import { mdxOptions, type PostContext } from './mdx-options'
import { createParser } from './parser'
import { isAbsoluteUrl } from './post-assets.mjs'

export type FeedPost = PostContext & {
  /** the post's absolute URL: `#fragment` and relative links resolve against it */
  url: string
  siteUrl?: string
}

// Elements a reader cannot use outside the site (or must not run).
const INTERACTIVE = new Set(['script', 'style', 'button', 'form', 'input', 'select', 'textarea', 'dialog'])

/**
 * MDX-only nodes become what remark-rehype understands: imports and
 * `{expressions}` go, `<Image>`/`<img>` become Markdown images (so the page's
 * plugins place and size them), lowercase JSX becomes that HTML element with
 * its text attributes, and other components leave their children in place.
 */
function remarkPlainHtml() {
  return (tree: MdastRoot) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return
      if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        parent.children.splice(index, 1)
        return [SKIP, index]
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return
      const attributes: Record<string, string | true> = {}
      for (const attribute of node.attributes) {
        // Expressions (`width={800}`, `onClick={…}`) and event handlers have no plain-HTML form.
        if (attribute.type !== 'mdxJsxAttribute' || /^on/i.test(attribute.name)) continue
        if (attribute.value === null || attribute.value === undefined) attributes[attribute.name] = true // `<details open>`
        else if (typeof attribute.value === 'string') attributes[attribute.name] = attribute.value
      }
      const name = node.name ?? ''
      const text = (key: string) => (typeof attributes[key] === 'string' ? attributes[key] : undefined)
      const src = text('src')
      if ((name === 'Image' || name === 'img') && src) {
        const image: Image = { type: 'image', url: src, alt: text('alt') ?? '', title: text('title') }
        const replacement: Image | Paragraph =
          node.type === 'mdxJsxFlowElement' ? { type: 'paragraph', children: [image] } : image
        parent.children.splice(index, 1, replacement)
        return SKIP
      }
      if (INTERACTIVE.has(name)) {
        parent.children.splice(index, 1)
        return [SKIP, index]
      }
      if (/^[a-z][a-z\d-]*$/.test(name)) {
        node.data = { ...node.data, hName: name, hProperties: attributes }
        return undefined
      }
      parent.children.splice(index, 1, ...(node.children as RootContent[] as typeof parent.children))
      return [SKIP, index]
    })
  }
}

/** The page's HTML without what only works on the site, every link and image absolute. */
function rehypeForReaders({ url, siteUrl }: { url: string; siteUrl: string }) {
  const absolute = (value: string) => {
    if (isAbsoluteUrl(value)) return value
    return value.startsWith('/') ? absoluteUrl(value, siteUrl) : new URL(value, url).href
  }
  const keep = (child: HastContent, parent: HastRoot | Element) => {
    if (child.type !== 'element') return true
    const className = child.properties.className
    // KaTeX writes each formula twice: MathML, and HTML that needs its stylesheet. Readers get the MathML.
    if (Array.isArray(className) && className.includes('katex-html')) return false
    // A diagram's dark drawing needs the site's theme switch: readers get the light one.
    if (Array.isArray(className) && className.includes('diagram-dark')) return false
    // A diagram's own stylesheet, scoped to its id, is part of the drawing.
    if (child.tagName === 'style' && parent.type === 'element' && parent.tagName === 'svg') return true
    return !INTERACTIVE.has(child.tagName)
  }
  const tidy = (children: HastContent[], parent: HastRoot | Element) =>
    children
      .filter((child) => keep(child, parent))
      // A heading's link to itself (copy the section's address) is the site's, not the reader's.
      .flatMap((child) => (child.type === 'element' && child.tagName === 'a' && isHeadingAnchor(child) ? child.children : [child]))
  return (tree: HastRoot) => {
    visit(tree, (node) => {
      if (node.type !== 'root' && node.type !== 'element') return
      // An element's children stay element content: only elements are removed or unwrapped.
      node.children = tidy(node.children, node) as typeof node.children
      if (node.type === 'root') return
      for (const key of Object.keys(node.properties)) {
        // Event handlers, and what only the site's own script reads (a diagram's source for the reader's browser).
        if (/^on/i.test(key) || key.startsWith('dataDiagram')) delete node.properties[key]
      }
      for (const key of ['href', 'src']) {
        const value = node.properties[key]
        if (typeof value === 'string' && value !== '') node.properties[key] = absolute(value)
      }
    })
    // A paragraph that only held a removed element (a lone <button>) goes too.
    visit(tree, (node) => {
      if (node.type !== 'root' && node.type !== 'element') return
      const empty = (child: HastContent) => child.type === 'element' && child.tagName === 'p' && child.children.length === 0
      node.children = (node.children as HastContent[]).filter((child) => !empty(child)) as typeof node.children
    })
  }
}

const isHeadingAnchor = (node: Element) => {
  const className = node.properties.className
  return Array.isArray(className) && className.includes('heading-anchor')
}

// A post is in the site feed and in each of its tags' feeds, in three formats: rendered once per build.
const rendered = new Map<string, Promise<string>>()

export function renderFeedHtml(body: string, post: FeedPost): Promise<string> {
  const siteUrl = post.siteUrl ?? siteConfig.siteUrl
  const format = post.format ?? 'mdx'
  const key = JSON.stringify([body, format, post.url, siteUrl, post.dir, post.bibliography])
  let html = rendered.get(key)
  if (!html) {
    // And kept across builds in the build cache, like the page's compile.
    html = cachedCompile('feed-html', [body, format, post.url, siteUrl], post, (onFileRead) => {
      const { remarkRehypeOptions, rehypePlugins } = mdxOptions({ ...post, onFileRead })
      // A `.md` body's HTML goes on as raw nodes, which its first rehype plugins parse and sanitise.
      const processor = createParser(format)
        .use(remarkPlainHtml)
        .use(remarkRehype, { ...remarkRehypeOptions, allowDangerousHtml: format === 'md' })
        .use(rehypePlugins)
        .use(rehypeForReaders, { url: post.url, siteUrl })
        .use(rehypeStringify)
      return processor.process(body).then(String)
    })
    rendered.set(key, html)
  }
  return html
}
