import Link from 'next/link'
import type { Post } from '@/lib/content'
import { t } from '@/lib/site/i18n'
import { PostDate } from './post-date'
import { ReadingTime } from './reading-time'
import { TagList } from './tag-link'
import { UnpublishedBadge } from './unpublished-badge'

export function PostList({ posts }: { posts: Post[] }) {
  if (posts.length === 0) return <p className="text-gray-500">{t.noPosts}</p>
  return (
    <ul className="divide-y divide-gray-200 dark:divide-gray-800">
      {posts.map((post) => (
        <li key={post.slug} className="py-8">
          <article className="space-y-2">
            <PostDate date={post.date} className="text-sm text-gray-500 dark:text-gray-400" />
            <ReadingTime minutes={post.readingTime} className="ms-3 text-sm text-gray-500 dark:text-gray-400" />
            <h2 className="text-2xl font-bold tracking-tight">
              <Link href={post.path} className="hover:text-accent-600 dark:hover:text-accent-400">
                {post.title}
              </Link>
              <UnpublishedBadge post={post} />
            </h2>
            <TagList tags={post.tags} />
            {post.summary && <p className="text-gray-600 dark:text-gray-300">{post.summary}</p>}
          </article>
        </li>
      ))}
    </ul>
  )
}
