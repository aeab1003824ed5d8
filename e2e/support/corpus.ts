// An independent reading of a content folder, straight from the .md and .mdx files with
// gray-matter, so the browser tests compare the pages against the source and
// not against the code under test.
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import matter from 'gray-matter'

export type SourcePost = {
  file: string
  title: string
  date: string
  tags: string[]
  summary?: string
  draft: boolean
  series?: string
  seriesOrder?: number
  pinned: boolean
}

/** `foo.en.mdx` beside `foo.mdx`: the English translation, not a post of its own in lists, tags and feeds. */
export const TRANSLATION = /\.(en|ko)(\.mdx?)$/

export function readCorpus(contentDir: string, { translations = false } = {}): SourcePost[] {
  const blogDir = join(contentDir, 'blog')
  const files = (readdirSync(blogDir, { recursive: true }) as string[]).filter((file) => /\.mdx?$/.test(file))
  const isTranslation = (file: string) => TRANSLATION.test(file) && files.some((other) => other === file.replace(TRANSLATION, '$2'))
  return files
    .filter((file) => translations === isTranslation(file))
    .map((file) => {
      const { data } = matter(readFileSync(join(blogDir, file), 'utf8'))
      return {
        file: relative(blogDir, join(blogDir, file)),
        title: String(data.title),
        date: String(data.date instanceof Date ? data.date.toISOString().slice(0, 10) : data.date),
        tags: (data.tags ?? []) as string[],
        summary: data.summary,
        draft: data.draft === true,
        series: data.series,
        seriesOrder: data.seriesOrder,
        pinned: data.pinned === true,
      }
    })
}

/** A file in blog/_drafts/ is never built, whatever its frontmatter says. */
export const inUnpublishedFolder = (post: SourcePost) => post.file.split(/[/\\]/)[0] === '_drafts'

/**
 * Published = outside blog/_drafts/, not a draft and not dated after today
 * (fixtures use far dates, so the zone does not matter).
 */
export function publishedPosts(contentDir: string): SourcePost[] {
  const today = new Date().toISOString().slice(0, 10)
  return readCorpus(contentDir)
    .filter((post) => !inUnpublishedFolder(post) && !post.draft && post.date <= today)
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'ko'))
}

/** The order of `/` and `/blog`: `pinned: true` posts first, each group newest first (feeds and tags keep date order). */
export const listOrder = (posts: SourcePost[]): SourcePost[] => [...posts.filter((p) => p.pinned), ...posts.filter((p) => !p.pinned)]
