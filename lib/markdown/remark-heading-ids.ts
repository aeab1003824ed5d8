// Every heading gets the id its table-of-contents entry links to.
import type { Heading, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import { headingSlugger } from '../content/slug'

export function remarkHeadingIds() {
  return (tree: Root) => {
    const slug = headingSlugger()
    visit(tree, 'heading', (node: Heading) => {
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: slug(toString(node).trim()) } }
    })
  }
}
