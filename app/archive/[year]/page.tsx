import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { YearPostList } from '@/components/year-post-list'
import { getPublishedPosts, groupByYear } from '@/lib/content'
import { exportSafeParams } from '@/lib/content/static-params'
import { t } from '@/lib/site/i18n'
import { pageMetadata } from '@/lib/publishing/metadata'

type Props = { params: Promise<{ year: string }> }

// The years that have published posts; any other year is a 404 (dynamicParams stays at its default: see
// app/blog/[...slug]/page.tsx).
export function generateStaticParams() {
  return exportSafeParams(
    groupByYear(getPublishedPosts()).map(({ year }) => ({ year })),
    { year: '_' },
  )
}

async function findYear(params: Props['params']) {
  const { year } = await params
  return groupByYear(getPublishedPosts()).find((group) => group.year === year)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const group = await findYear(params)
  return group ? pageMetadata({ path: `/archive/${group.year}`, title: t.yearArchive(group.year) }) : {}
}

export default async function ArchiveYearPage({ params }: Props) {
  const group = await findYear(params)
  if (!group) notFound()
  return (
    <>
      <p className="text-sm">
        <Link href="/archive" className="text-accent-600 dark:text-accent-400 font-medium hover:underline">
          <span aria-hidden="true">← </span>
          {t.archive}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-extrabold tracking-tight sm:text-4xl">{t.yearArchive(group.year)}</h1>
      <p className="mt-2 text-gray-600 dark:text-gray-300">{t.postCount(group.posts.length)}</p>
      <YearPostList posts={group.posts} />
    </>
  )
}
