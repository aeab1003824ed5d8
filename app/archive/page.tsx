import type { Metadata } from 'next'
import Link from 'next/link'
import { PostDate } from '@/components/post-date'
import { getVisiblePosts, groupByYear } from '@/lib/content'
import { t } from '@/lib/site/i18n'
import { pageMetadata } from '@/lib/publishing/metadata'
import { routes } from '@/lib/publishing/routes'

export const metadata: Metadata = pageMetadata({ path: routes.archive(), title: t.archive })

export default function ArchivePage() {
  const posts = getVisiblePosts()
  return (
    <>
      <h1 className="text-3xl font-extrabold tracking-tight sm:text-4xl">{t.archive}</h1>
      <p className="mt-2 text-gray-600 dark:text-gray-300">{t.archiveDescription(posts.length)}</p>
      {groupByYear(posts).map(({ year, posts: items }) => (
        <section key={year} className="mt-10" aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`} className="text-2xl font-bold">
            {t.yearHeading(year)} <span className="text-base font-normal text-gray-500">{t.postCount(items.length)}</span>
          </h2>
          <ul className="mt-4 space-y-3">
            {items.map((post) => (
              <li key={post.slug} className="flex flex-col gap-1 sm:flex-row sm:gap-4">
                <PostDate date={post.date} className="shrink-0 text-sm text-gray-500 sm:w-36 dark:text-gray-400" />
                <Link href={post.path} className="hover:text-accent-600 dark:hover:text-accent-400 font-medium">
                  {post.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
