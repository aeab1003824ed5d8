import type { Metadata } from 'next'
import Link from 'next/link'
import { YearPostList } from '@/components/year-post-list'
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
            <Link href={routes.archiveYear(year)} className="hover:underline">
              {t.yearHeading(year)}
            </Link>{' '}
            <span className="text-base font-normal text-gray-600 dark:text-gray-400">{t.postCount(items.length)}</span>
          </h2>
          <YearPostList posts={items} />
        </section>
      ))}
    </>
  )
}
