import type { Metadata } from 'next'
import Link from 'next/link'
import { YearPostList } from '@/components/year-post-list'
import { getPublishedPosts, groupByYear } from '@/lib/content'
import { t } from '@/lib/site/i18n'
import { pageMetadata } from '@/lib/publishing/metadata'

export const metadata: Metadata = pageMetadata({ path: '/archive', title: t.archive })

export default function ArchivePage() {
  const posts = getPublishedPosts()
  return (
    <>
      <h1 className="text-3xl font-extrabold tracking-tight sm:text-4xl">{t.archive}</h1>
      <p className="mt-2 text-gray-600 dark:text-gray-300">{t.archiveDescription(posts.length)}</p>
      {groupByYear(posts).map(({ year, posts: items }) => (
        <section key={year} className="mt-10" aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`} className="text-2xl font-bold">
            <Link href={`/archive/${year}`} className="hover:underline">
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
