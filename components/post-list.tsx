import Link from 'next/link'
import { getTranslations, type Post } from '@/lib/content'
import { dictionaryFor, t } from '@/lib/site/i18n'
import { postLanguage } from '@/lib/site/language'
import { PostDate } from './post-date'
import { ReadingTime } from './reading-time'
import { TagList } from './tag-link'
import { UnpublishedBadge } from './unpublished-badge'

/** `markPinned`: the list puts pinned posts first (`/`, `/blog`), so they carry a marker saying why. */
export function PostList({ posts, markPinned = false }: { posts: Post[]; markPinned?: boolean }) {
  if (posts.length === 0) return <p className="text-gray-500">{t.noPosts}</p>
  return (
    <ul className="divide-y divide-gray-200 dark:divide-gray-800">
      {posts.map((post) => (
        <li key={post.slug} className="py-8">
          <article className="space-y-2">
            {markPinned && post.pinned && (
              <p className="text-accent-700 dark:text-accent-300 text-sm font-semibold" data-pinned>
                <svg aria-hidden="true" viewBox="0 0 16 16" className="me-1 inline h-3.5 w-3.5 fill-current align-[-2px]">
                  <path d="M9.5 1 15 6.5l-1.4 1.4-1-1-2.8 2.8.7 3.5-1.4 1.4L6 11.5 2.4 15 1 13.6l3.5-3.6-3.1-3.1 1.4-1.4 3.5.7 2.8-2.8-1-1z" />
                </svg>
                {t.pinned}
              </p>
            )}
            <PostDate date={post.date} className="text-sm text-gray-500 dark:text-gray-400" />
            <ReadingTime minutes={post.readingTime} className="ms-3 text-sm text-gray-500 dark:text-gray-400" />
            {/* One entry per post: its translations are a marker here, not entries of their own. */}
            {getTranslations(post).map((other) => {
              const lang = postLanguage(other)
              return (
                <Link
                  key={lang}
                  href={other.path}
                  hrefLang={lang}
                  lang={lang}
                  data-translation
                  className="ms-3 rounded border border-gray-300 px-1.5 py-0.5 text-xs text-gray-600 hover:underline dark:border-gray-700 dark:text-gray-300"
                >
                  {dictionaryFor(lang).languageName}
                </Link>
              )
            })}
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
