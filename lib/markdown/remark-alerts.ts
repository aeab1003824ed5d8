// GitHub alerts: a blockquote whose first line is `[!NOTE]`, `[!TIP]`,
// `[!IMPORTANT]`, `[!WARNING]` or `[!CAUTION]` becomes a titled callout box,
// written the same way a README on GitHub writes it.
import type { Paragraph, Root } from 'mdast'
import { visit } from 'unist-util-visit'
import { dictionaryFor, language } from '../site/i18n'
import type { PostLanguage } from '../site/language'

const KINDS = ['note', 'tip', 'important', 'warning', 'caution'] as const
type Kind = (typeof KINDS)[number]
const isKind = (value: string): value is Kind => KINDS.some((kind) => kind === value)

/** Titles in the post's language (`lang`, default the site's). */
export function remarkAlerts({ lang = language }: { lang?: PostLanguage } = {}) {
  const t = dictionaryFor(lang)
  return (tree: Root) => {
    visit(tree, 'blockquote', (node) => {
      const first = node.children[0]
      if (first?.type !== 'paragraph') return
      const head = first.children[0]
      if (head?.type !== 'text') return
      const match = /^\[!(\w+)\][ \t]*(?:\r?\n|$)/.exec(head.value)
      const kind = match?.[1].toLowerCase()
      if (!match || !kind || !isKind(kind)) return
      head.value = head.value.slice(match[0].length)
      if (head.value === '') first.children.shift()
      if (first.children.length === 0) node.children.shift()
      const title: Paragraph = {
        type: 'paragraph',
        data: { hProperties: { className: ['markdown-alert-title'] } },
        children: [{ type: 'text', value: t.alerts[kind] }],
      }
      node.children.unshift(title)
      node.data = {
        ...node.data,
        hName: 'div',
        hProperties: { className: ['markdown-alert', `markdown-alert-${kind}`], role: 'note' },
      }
    })
  }
}
