// What a reader reads of a post, taken from its syntax tree. The search index
// quotes this text and reading time counts it, so a snippet is a verbatim
// excerpt and the minutes follow from the words a reader sees.
import type { Nodes, Root } from 'mdast'
import { visit } from 'unist-util-visit'

// Not prose: code and display math (counted apart), MDX imports and
// `{expressions}`, images (their alt text is not on the page), link definitions.
const SKIPPED = new Set(['code', 'math', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'image', 'imageReference', 'definition'])
// Inline nodes run on inside a sentence; every other node is a block, set apart by a space.
const INLINE = new Set(['text', 'html', 'emphasis', 'strong', 'delete', 'inlineCode', 'inlineMath', 'link', 'linkReference', 'break', 'mdxJsxTextElement', 'footnoteReference'])

/**
 * The text of a `.md` post's inline HTML as the page shows it (lib/markdown/safe-html.ts):
 * scripts, styles and comments gone, `<br>` and block tags a space, other tags nothing.
 */
function htmlText(html: string): string {
  return html
    .replace(/<(script|style|iframe|object|template|textarea)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<\/?(?:br|p|div|li|ul|ol|tr|td|th|table|h[1-6]|blockquote|details|summary|figure|figcaption|dl|dt|dd|hr|pre)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

const isAlertTitle = (node: Nodes) => {
  const className = node.data?.hProperties?.className
  return Array.isArray(className) && className.includes('markdown-alert-title')
}

/**
 * The text of a body in reading order, whitespace collapsed: paragraphs, lists,
 * tables, quotes, footnotes, JSX children, inline code and inline math as
 * written. Alert titles (a label the renderer adds) are left out, and headings
 * too when `headings` is false (the search index keeps them in their own field).
 */
export function postText(tree: Root, { headings = true }: { headings?: boolean } = {}): string {
  const parts: string[] = []
  const walk = (node: Nodes) => {
    if (SKIPPED.has(node.type) || isAlertTitle(node) || (!headings && node.type === 'heading')) return
    const block = !INLINE.has(node.type)
    if (block) parts.push(' ')
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'inlineMath') parts.push(node.value)
    else if (node.type === 'html') parts.push(htmlText(node.value))
    else if (node.type === 'break') parts.push(' ')
    else if ('children' in node) for (const child of node.children) walk(child)
    if (block) parts.push(' ')
  }
  walk(tree)
  return parts.join('').replace(/\s+/g, ' ').trim()
}

/** Non-blank lines of fenced code and display math: read line by line, not as prose. */
export function codeLines(tree: Root): number {
  let lines = 0
  visit(tree, (node) => {
    if (node.type === 'code' || node.type === 'math') lines += node.value.split('\n').filter((line) => line.trim() !== '').length
  })
  return lines
}
