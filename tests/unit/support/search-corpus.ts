// The real posts of data/blog, read straight from the files, as the search index builder takes them.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import matter from 'gray-matter'
import { tableOfContents } from '@/lib/markdown/headings'
import { bodyText, type IndexablePost } from '@/lib/search/build-index'

export const SEED_TITLE = '내가 해결한 문제 중 가장 어려운 문제는 무엇이었나?'

export function corpus(): IndexablePost[] {
  const dir = 'data/blog'
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const { data, content } = matter(readFileSync(join(dir, file), 'utf8'))
      return {
        title: String(data.title),
        path: `/blog/${file.replace(/\.mdx$/, '')}`,
        date: new Date(String(data.date)).toISOString(),
        tags: data.tags ?? [],
        summary: data.summary,
        headings: tableOfContents(content),
        searchText: bodyText(content),
      }
    })
}
