// A Tistory backup (관리 → 블로그 데이터 백업, unzipped): one folder per post,
// `<번호>/<번호>-<제목>.html` with the post's images beside it. The HTML is the
// editor's markup (`data-ke-*`, `<figure class="imageblock">`); the body becomes
// Markdown, so headings reach the table of contents and search.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Element, Root } from 'hast'
import { toString } from 'hast-util-to-string'
import { classesOf, findAll, findByClass, htmlToMarkdown, parseHtml } from '../markdown/html-to-markdown'
import { isExternalUrl } from '../markdown/post-assets.mjs'
import { targetFor } from './images'
import { dateOf, fileNameFor, postText, summaryFrom, uniqueTags, type Fields, type ImportResult, type Note } from './post'

const POST_FOLDER = /^\d+$/

/** Folders named by post number that hold `<number>-*.html`. */
function postFolders(root: string): string[] {
  return readdirSync(root)
    .filter((name) => POST_FOLDER.test(name) && statSync(join(root, name)).isDirectory())
    .filter((name) => readdirSync(join(root, name)).some((file) => file.startsWith(`${name}-`) && file.endsWith('.html')))
    .sort((a, b) => Number(a) - Number(b))
}

export const isTistory = (root: string) => postFolders(root).length > 0

const hasClass = (name: string) => (node: Element) => classesOf(node).includes(name)
const meta = (tree: Root, property: string) =>
  findAll(tree, (node) => node.tagName === 'meta' && (node.properties.property === property || node.properties.name === property))[0]?.properties.content

/** `2024. 11. 11. 13:05`, `2024-11-11 13:05` or ISO, as Tistory pages show it. */
function tistoryDate(text: string | undefined, timeZone: string): string | undefined {
  if (!text) return undefined
  const dotted = /(\d{4})\s*[.-]\s*(\d{1,2})\s*[.-]\s*(\d{1,2})/.exec(text)
  if (dotted && !/T\d/.test(text)) return `${dotted[1]}-${dotted[2].padStart(2, '0')}-${dotted[3].padStart(2, '0')}`
  return dateOf(text, timeZone)
}

export function importTistory(root: string, timeZone: string): ImportResult {
  const notes: Note[] = []
  const posts = postFolders(root).map((id) => {
    const folder = join(root, id)
    const htmlFile = readdirSync(folder).find((file) => file.startsWith(`${id}-`) && file.endsWith('.html'))!
    const path = `${id}/${htmlFile}`
    const tree = parseHtml(readFileSync(join(folder, htmlFile), 'utf8'))
    const text = (node: Element | undefined) => (node ? toString(node).replace(/\s+/g, ' ').trim() : undefined)
    const title =
      text(findAll(tree, hasClass('title-article'))[0]) ??
      text(findAll(tree, (node) => node.tagName === 'h1')[0]) ??
      text(findAll(tree, (node) => node.tagName === 'title')[0]) ??
      htmlFile.slice(id.length + 1, -'.html'.length)
    const time = findAll(tree, (node) => node.tagName === 'time')[0]
    const dateText =
      (typeof time?.properties.dateTime === 'string' ? time.properties.dateTime : undefined) ??
      (meta(tree, 'article:published_time') as string | undefined) ??
      text(findAll(tree, hasClass('date'))[0])
    const date = tistoryDate(dateText, timeZone)
    if (!date) notes.push({ file: path, message: 'no date found in the page: set to 1970-01-01, give the post its real date' })
    const category = text(findAll(tree, hasClass('category'))[0])
    const tagBox = findAll(tree, (node) => hasClass('tags')(node) || hasClass('tag_label')(node))[0]
    const tags = tagBox ? findAll(tagBox, (node) => node.tagName === 'a').map((a) => text(a)!).filter(Boolean) : []
    const body = findByClass(tree, 'contents_style') ?? findByClass(tree, 'tt_article_useless_p_margin') ?? findByClass(tree, 'article-view') ?? tree

    const assets: { from: string; to: string }[] = []
    const markdown = htmlToMarkdown(body, (src) => {
      if (isExternalUrl(src)) return src
      const name = decodeURIComponent(src.replace(/^\.\//, '').split(/[?#]/)[0])
      const from = join(folder, name)
      if (!existsSync(from)) {
        notes.push({ file: path, message: `image ${src} is not in the backup folder: the link is kept as it is` })
        return src
      }
      if (!assets.some((asset) => asset.from === from)) assets.push({ from, to: name })
      return `./${encodeURI(name)}`
    })
    if (findAll(body, (node) => node.tagName === 'iframe').length > 0) {
      notes.push({ file: path, message: 'an embedded player or map (<iframe>) was dropped: a .md post runs no embeds; add a link or write the post as .mdx' })
    }
    const slug = fileNameFor(title)
    const fields: Fields = {
      title,
      date: date ?? '1970-01-01',
      tags: uniqueTags(category ? [category.split('/').pop()!.trim()] : [], tags),
      summary: (meta(tree, 'description') as string | undefined) ?? summaryFrom(markdown),
      redirectFrom: [`/${id}`, `/entry/${encodeURI(slug)}`],
    }
    return { source: path, target: targetFor(slug, assets), text: postText(fields, markdown), assets }
  })
  return { posts, notes }
}
