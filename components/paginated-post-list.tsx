import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'
import { paginate, type Post } from '@/lib/content'
import { Pagination } from './pagination'
import { PostList } from './post-list'

/** A titled, paginated list: `/blog`, `/blog/page/n`, `/tags/x` and `/tags/x/page/n` all render this. */
export function PaginatedPostList({
  title,
  posts,
  page,
  basePath,
  intro,
  markPinned = false,
}: {
  title: string
  posts: Post[]
  page: number
  basePath: string
  /** shown under the title (a tag page's links) */
  intro?: ReactNode
  /** the list is in pinned-first order (`/blog`), so pinned posts say so */
  markPinned?: boolean
}) {
  const current = paginate(posts, page)
  if (!current) notFound()
  return (
    <>
      <h1 className="text-3xl font-extrabold tracking-tight sm:text-4xl">{title}</h1>
      {intro}
      <PostList posts={current.items} markPinned={markPinned} />
      <Pagination basePath={basePath} page={current.page} totalPages={current.totalPages} />
    </>
  )
}
