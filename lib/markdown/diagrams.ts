// ```mermaid fences. scripts/diagrams.mjs draws each one at build time, in a
// light and a dark variant, into `<content folder>/.diagrams/` (committed by the
// writer, so a host with no browser serves the same drawings); rehypeDiagrams
// puts those SVGs inline in the page and the feed. A fence with no drawing yet
// is left for the reader's browser (components/diagram-drawer.tsx).
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Element, ElementContent, Root as HastRoot } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toString } from 'hast-util-to-string'
import type { Code } from 'mdast'
import { SKIP, visit } from 'unist-util-visit'
import { dictionaryFor } from '../site/i18n'
import { siteLanguage, type PostLanguage } from '../site/language'
import { DIAGRAM_FOLDER, DIAGRAM_THEMES, diagramFileName, mermaidConfig, type DiagramTheme } from './diagram-config'
import type { BodyFormat } from './format'
import { parseBody } from './parser'

/** `<content folder>/.diagrams`, where the drawings are kept. */
export const diagramFolder = (contentDir = resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DIR ?? 'data')) =>
  join(/*turbopackIgnore: true*/ contentDir, DIAGRAM_FOLDER)

/** What a drawing depends on: the fence's text and how it is drawn. The same source is never drawn twice. */
export function diagramKey(source: string): string {
  const config = JSON.stringify(DIAGRAM_THEMES.map(mermaidConfig))
  return createHash('sha256').update(`${config}\n${source}`).digest('hex').slice(0, 16)
}

export const diagramFile = (folder: string, key: string, theme: DiagramTheme) => join(/*turbopackIgnore: true*/ folder, diagramFileName(key, theme))

const metaValue = (meta: string, name: string) => {
  const match = new RegExp(`(?:^|\\s)${name}=(?:"([^"]*)"|'([^']*)')`).exec(meta)
  return match?.[1] ?? match?.[2]
}

/**
 * Its accessible name and description: ```` ```mermaid title="…" description="…" ````,
 * else the title is the first `%%` comment (`%% 주문 흐름`), the way writers already label them.
 */
export function diagramLabel(source: string, meta = ''): { title?: string; description?: string } {
  const comment = /^\s*%%(?!\{)\s*(.+?)\s*$/m.exec(source)?.[1]
  return { title: metaValue(meta, 'title') ?? comment, description: metaValue(meta, 'description') }
}

export type DiagramFence = { source: string; key: string; line: number }

/** The mermaid fences of a body, with their lines in it. */
export function diagramFences(body: string, format: BodyFormat = 'mdx'): DiagramFence[] {
  const fences: DiagramFence[] = []
  visit(parseBody(body, format), 'code', (node: Code) => {
    if (node.lang !== 'mermaid') return
    fences.push({ source: node.value, key: diagramKey(node.value), line: node.position?.start.line ?? 1 })
  })
  return fences
}

const classes = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className.map(String) : [])

/** `<pre><code class="language-mermaid">` as remark-rehype writes a fence. */
function mermaidCode(node: Element): Element | undefined {
  if (node.tagName !== 'pre') return undefined
  const code = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code')
  return code && classes(code).includes('language-mermaid') ? code : undefined
}

/** One drawing as an element, named for screen readers (mermaid's own roles describe a document, not an image). */
function inlineSvg(svg: string, theme: DiagramTheme, name: string, description?: string): Element {
  const tree = fromHtml(svg, { fragment: true })
  const root = tree.children.find((child): child is Element => child.type === 'element' && child.tagName === 'svg')
  if (!root) throw new Error('not an SVG')
  root.properties = { ...root.properties, role: 'img', ariaLabel: name }
  delete root.properties.ariaRoleDescription
  if (description) root.children.unshift({ type: 'element', tagName: 'desc', properties: {}, children: [{ type: 'text', value: description }] })
  return { type: 'element', tagName: 'div', properties: { className: [`diagram-${theme}`] }, children: [root] }
}

type Options = { lang?: PostLanguage; folder?: string; onFileRead?: (file: string) => void }

/**
 * Each mermaid fence becomes `<figure class="diagram">` with both drawings
 * inline (CSS shows the one of the theme), or, with no drawing yet, the source
 * with `data-diagram-source` for the reader's browser to draw. Runs before Shiki.
 */
export function rehypeDiagrams({ lang = siteLanguage, folder = diagramFolder(), onFileRead }: Options = {}) {
  const t = dictionaryFor(lang)
  return (tree: HastRoot) => {
    visit(tree, 'element', (node, index, parent) => {
      const code = mermaidCode(node)
      if (!code || !parent || index === undefined) return
      const source = toString(code).replace(/\n$/, '')
      const key = diagramKey(source)
      const meta = typeof code.data?.meta === 'string' ? code.data.meta : ''
      const { title, description } = diagramLabel(source, meta)
      const files = DIAGRAM_THEMES.map((theme) => diagramFile(folder, key, theme))
      // The compile cache (./compile-cache.ts) keeps this page only while these files stay as they were.
      for (const file of files) onFileRead?.(file)
      const caption: ElementContent[] = title ? [{ type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: title }] }] : []
      const drawn = files.every((file) => existsSync(/*turbopackIgnore: true*/ file))
      const figure: Element = drawn
        ? {
            type: 'element',
            tagName: 'figure',
            properties: { className: ['diagram', 'not-prose'], dataDiagram: key },
            children: [
              ...DIAGRAM_THEMES.map((theme, i) => inlineSvg(readFileSync(/*turbopackIgnore: true*/ files[i], 'utf8'), theme, title ?? t.diagram, description)),
              ...caption,
            ],
          }
        : {
            type: 'element',
            tagName: 'figure',
            properties: { className: ['diagram', 'not-prose'], dataDiagram: key, dataDiagramSource: source, dataDiagramLabel: title ?? t.diagram, dataDiagramTitle: title },
            children: [{ type: 'element', tagName: 'pre', properties: { className: ['diagram-source'] }, children: [{ type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: source }] }] }, ...caption],
          }
      parent.children[index] = figure
      return SKIP
    })
  }
}
