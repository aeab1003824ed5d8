import { notFound } from 'next/navigation'
import { paginate, type Post } from '@/lib/content'
import { Pagination } from './pagination'
import { PostList } from './post-list'

/** A titled, paginated list: `/blog`, `/blog/page/n`, `/tags/x` and `/tags/x/page/n` all render this. */
export function PaginatedPostList({
  title,
  posts,
  page,
  basePath,
}: {
  title: string
  posts: Post[]
  page: number
  basePath: string
}) {
  const current = paginate(posts, page)
  if (!current) notFound()
  return (
    <>
      <h1 className="text-3xl font-extrabold tracking-tight sm:text-4xl">{title}</h1>
      <PostList posts={current.items} />
      <Pagination basePath={basePath} page={current.page} totalPages={current.totalPages} />
    </>
  )
}
