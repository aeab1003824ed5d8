import Link from 'next/link'
import type { Post } from '@/lib/content'
import { PostDate } from './post-date'

/** One year's posts, date then title: /archive and /archive/<year>. */
export function YearPostList({ posts }: { posts: Post[] }) {
  return (
    <ul className="mt-4 space-y-3">
      {posts.map((post) => (
        <li key={post.slug} className="flex flex-col gap-1 sm:flex-row sm:gap-4">
          <PostDate date={post.date} className="shrink-0 text-sm text-gray-600 sm:w-36 dark:text-gray-400" />
          <Link href={post.path} className="hover:text-accent-600 dark:hover:text-accent-400 font-medium">
            {post.title}
          </Link>
        </li>
      ))}
    </ul>
  )
}
