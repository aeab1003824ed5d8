// Links that cannot break: every link of a post to another post (`/blog/x`,
// `./x.mdx`), a tag (`/tags/x`), a heading (`#section`, `/blog/x#section`) or a
// file of ours (`/static/a.pdf`, `./diagram.svg`) must reach something the
// build publishes, or the check names the link's line and the nearest target.
import { posix } from 'node:path'
import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'
import { tagSlug } from '../content/slug'
import { fileNameOf, isAbsoluteUrl } from '../markdown/post-assets.mjs'
import { postFileLink } from '../markdown/post-links'
import { routes } from '../publishing/routes'
import { siteLanguage } from '../site/language'
import { postLanguageFromPath } from '../content/slug'
import { closest } from './closest'
import type { Issue } from './issue'

/** What a link may point at in one post. */
export type LinkTarget = {
  /** the file inside the content folder: `blog/rich/part-1.mdx` */
  path: string
  slug: string
  published: boolean
  /** the ids a `#fragment` may name on its page: headings, footnotes, JSX `id`s */
  ids: Set<string>
  /** slugs of its tags */
  tags: string[]
}

export type Link = { url: string; line?: number; column?: number }
type Report = Omit<Issue, 'file'>

/**
 * The ids of a post's page that a `#fragment` can land on, read from the tree
 * the page renders (heading ids come from remark-heading-ids, as the page's).
 */
export function anchorIds(tree: Root, { bibliography = false } = {}): Set<string> {
  const ids = new Set<string>()
  visit(tree, (node) => {
    const id = node.type === 'heading' ? node.data?.hProperties?.id : undefined
    if (typeof id === 'string') ids.add(id)
    // remark-rehype's footnote ids (`[^1]` → #user-content-fn-1, its reference → #user-content-fnref-1).
    if (node.type === 'footnoteDefinition') ids.add(`user-content-fn-${node.identifier}`)
    if (node.type === 'footnoteReference') ids.add(`user-content-fnref-${node.identifier}`)
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')
      if (typeof attr?.value === 'string') ids.add(attr.value)
    }
  })
  if (bibliography) ids.add('references')
  return ids
}

/** Every link a post writes: `[text](url)`, `[text]: url` definitions and `<a href>`. */
export function linksOf(tree: Root): Link[] {
  const links: Link[] = []
  visit(tree, (node) => {
    const at = { line: node.position?.start.line, column: node.position?.start.column }
    if (node.type === 'link' || node.type === 'definition') links.push({ url: node.url, ...at })
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'a') {
      const href = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'href')?.value
      if (typeof href === 'string') links.push({ url: href, ...at })
    }
  })
  return links
}

const decode = (text: string) => {
  try {
    return decodeURIComponent(text).normalize('NFC')
  } catch {
    return text.normalize('NFC')
  }
}

/** A hint for the message: ` (did you mean \`x\`?)`, or '' when nothing is near. */
function didYouMean(name: string, known: Iterable<string>): string {
  const hint = closest(name, known, Math.max(2, Math.floor(name.length / 3)))
  return hint ? ` (did you mean \`${hint}\`?)` : ''
}

export type LinkContext = {
  /** the post that links */
  source: LinkTarget
  /** every post the check read (drafts and future posts too) */
  posts: readonly LinkTarget[]
  /** what is wrong with a file of ours that a link names (the image rule), or null */
  fileProblem: (src: string) => { problem: string; expected: string } | null
}

/** What is wrong with each broken link of a post, as messages with the link's place. */
export function linkProblems(links: readonly Link[], { source, posts, fileProblem }: LinkContext): Report[] {
  const reports: Report[] = []
  // A published post may only lead to published posts and tags; a draft may name drafts.
  const reachable = posts.filter((post) => post.published || !source.published)
  // `/blog/<slug>` is the post in the site's language; its translations (`x.en.mdx`) live under /en/blog/.
  const original = (post: LinkTarget) => postLanguageFromPath(post.path, siteLanguage) === siteLanguage
  const bySlug = new Map(posts.filter(original).map((post) => [post.slug, post]))
  const byPath = new Map(posts.map((post) => [post.path, post]))
  const tags = new Set(reachable.flatMap((post) => post.tags))
  const sourceDir = posix.dirname(source.path)

  for (const { url, line, column } of links) {
    const broken = (problem: string, expected: string) => reports.push({ severity: 'error', line, column, problem, expected, found: url })
    /** The post is reachable and has the heading `fragment` names; otherwise reports why not. */
    const reach = (target: LinkTarget | undefined, fragment: string, known: () => string[], name: string) => {
      if (!target) {
        broken(`the link ${url} goes to no post${didYouMean(name, known())}`, 'the path of an existing post, e.g. /blog/<slug> or ./<file>.mdx')
        return
      }
      if (source.published && !target.published) {
        broken(
          `the link ${url} goes to ${target.path}, a draft or future post: a published post must not link to it (readers would get a 404)`,
          'a link to a published post, or publish the linked post first (draft: false, a date not in the future)',
        )
        return
      }
      if (fragment) checkFragment(target, fragment)
    }
    const checkFragment = (target: LinkTarget, fragment: string) => {
      const id = decode(fragment.slice(1))
      if (id === '' || target.ids.has(id)) return
      const where = target === source ? 'this post' : target.path
      broken(
        `the link ${url} goes to no heading #${id} in ${where}${didYouMean(id, target.ids)}`,
        `the id of a heading in ${where} (ids are the heading text in lower case, spaces as dashes)`,
      )
    }

    if (isAbsoluteUrl(url)) continue
    const [pathPart, ...rest] = url.split('#')
    const fragment = rest.length > 0 ? `#${rest.join('#')}` : ''
    const path = pathPart.split('?')[0]

    if (path === '') {
      if (fragment) checkFragment(source, fragment)
      continue
    }
    const fileLink = postFileLink(sourceDir, url)
    if (fileLink) {
      const target = byPath.get(fileLink.path)
      const relativeTo = (post: LinkTarget) => {
        const rel = posix.relative(sourceDir, post.path)
        return rel.startsWith('.') ? rel : `./${rel}`
      }
      reach(target, fileLink.fragment, () => posts.map(relativeTo), fileNameOf(path))
      continue
    }
    const post = /^\/blog\/(.+?)\/?$/.exec(path)
    if (post && !/^page\/\d+$/.test(post[1])) {
      const slug = decode(post[1])
      reach(bySlug.get(slug), fragment, () => reachable.map((target) => routes.post(target.slug)), routes.post(slug))
      continue
    }
    const tag = /^\/tags\/([^/]+?)(?:\/page\/\d+)?\/?$/.exec(path)
    if (tag) {
      const slug = decode(tag[1])
      if (!tags.has(slug)) {
        const spelled = tags.has(tagSlug(slug)) ? tagSlug(slug) : undefined
        broken(
          `the link ${url} goes to no tag page${spelled ? ` (the tag's page is /tags/${spelled})` : didYouMean(slug, tags)}`,
          `the slug of a tag ${source.published ? 'a published post uses' : 'a post uses'}, e.g. /tags/${[...tags][0] ?? '<tag>'}`,
        )
      }
      continue
    }
    // A file of ours (`/static/a.pdf`, `./diagram.svg`): pages like /about have no extension.
    if (/\.[a-z\d]+$/i.test(path)) {
      const found = fileProblem(pathPart)
      if (found) broken(found.problem.replace(/^the image/, 'the linked file'), found.expected)
    }
  }
  return reports
}
