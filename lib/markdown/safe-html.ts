// Inline HTML of a `.md` post: kept, so `<br>`, `<img>`, `<details>` and
// `<kbd>` work as on GitHub, but only as inert markup. Tags outside a small
// list are unwrapped (their text stays) or, for script-like ones, dropped with
// their content; attributes outside a list go, so no event handler, `style` or
// `srcdoc` survives; a URL attribute whose scheme is not http(s), mailto or tel
// (`javascript:`, `data:`) loses the attribute, leaving its text. Elements the
// pipeline made from Markdown are never touched: only what the writer typed as HTML.
import type { Element, Root, RootContent } from 'hast'
import rehypeRaw from 'rehype-raw'
import type { PluggableList } from 'unified'
import { SKIP, visit } from 'unist-util-visit'

const ALLOWED_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'center', 'cite', 'code', 'col', 'colgroup', 'dd', 'del',
  'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img',
  'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'picture', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'source', 'span',
  'strike', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'tt', 'u',
  'ul', 'var', 'wbr',
])
// Dropped with everything inside: what runs, embeds or styles the page.
const DROPPED_TAGS = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'template', 'form', 'input',
  'button', 'select', 'textarea', 'option', 'link', 'meta', 'base', 'svg', 'math', 'title', 'head', 'dialog',
])
const GLOBAL_ATTRIBUTES = new Set(['className', 'id', 'title', 'lang', 'dir', 'role', 'align', 'hidden'])
const TAG_ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'name', 'target', 'rel'],
  img: ['src', 'alt', 'width', 'height', 'loading', 'srcSet', 'sizes'],
  source: ['srcSet', 'sizes', 'type', 'media'],
  td: ['colSpan', 'rowSpan', 'headers', 'scope'],
  th: ['colSpan', 'rowSpan', 'headers', 'scope', 'abbr'],
  col: ['span', 'width'],
  colgroup: ['span'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  details: ['open'],
  time: ['dateTime'],
  q: ['cite'],
  blockquote: ['cite'],
  del: ['cite', 'dateTime'],
  ins: ['cite', 'dateTime'],
  abbr: ['title'],
}
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'srcSet'])
const SAFE_URL = /^(?:https?:|mailto:|tel:|[^:]*$|[^:]*[/?#])/i

/** Whether a URL is relative, a fragment, or http(s)/mailto/tel (after the browser's own tolerance of spaces and case). */
export function isSafeUrl(value: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme: `java\tscript:`.
  const compact = value.replace(/[\u0000-\u0020\u007f]/g, '')
  return SAFE_URL.test(compact)
}

const MARK = 'dataPipelineElement'

/** Before the HTML is parsed: every element so far came from Markdown; remember which, and their data (code meta). */
function markMarkdownElements() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      node.properties[MARK] = node.data ? JSON.stringify(node.data) : ''
    })
  }
}

function sanitize(node: Element): void {
  const allowed = TAG_ATTRIBUTES[node.tagName] ?? []
  for (const [key, value] of Object.entries(node.properties)) {
    const named = GLOBAL_ATTRIBUTES.has(key) || allowed.includes(key) || /^aria[A-Z]/.test(key)
    // srcset is a list of "url width" candidates: each URL must be safe.
    const urls = URL_ATTRIBUTES.has(key) ? (Array.isArray(value) ? value : [value]).map((v) => String(v).trim().split(/\s+/)[0]) : []
    if (!named || !urls.every(isSafeUrl)) delete node.properties[key]
  }
  // A link the writer opens in a new tab does not hand the site to it.
  if (node.tagName === 'a' && node.properties.target) node.properties.rel = ['noopener', 'noreferrer']
}

/** After: elements without the mark came from the writer's HTML and are sanitised; the mark goes. */
function sanitizeWriterHtml() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'comment' && parent && index !== undefined) {
        parent.children.splice(index, 1)
        return [SKIP, index]
      }
      if (node.type !== 'element') return
      const mark = node.properties[MARK]
      if (typeof mark === 'string') {
        delete node.properties[MARK]
        if (mark) node.data = JSON.parse(mark)
        return
      }
      if (!parent || index === undefined) return
      if (DROPPED_TAGS.has(node.tagName)) {
        parent.children.splice(index, 1)
        return [SKIP, index]
      }
      if (!ALLOWED_TAGS.has(node.tagName)) {
        parent.children.splice(index, 1, ...(node.children as RootContent[] as typeof parent.children))
        return [SKIP, index]
      }
      sanitize(node)
    })
  }
}

// MDX-only nodes (none in a `.md` body, but a plugin may add them) pass through the HTML parser untouched.
const passThrough = ['mdxjsEsm', 'mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression']

/** The first rehype plugins of a `.md` body: its HTML parsed into the tree, then made inert. */
export const safeHtmlPlugins: PluggableList = [markMarkdownElements, [rehypeRaw, { passThrough }], sanitizeWriterHtml]
