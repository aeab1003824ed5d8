import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { YearPostList } from '@/components/year-post-list'
import { archiveYearFromParam, archiveYearParams } from '@/lib/content/route-params'
import { t } from '@/lib/site/i18n'
import { pageMetadata } from '@/lib/publishing/metadata'
import { routes } from '@/lib/publishing/routes'

type Props = { params: Promise<{ year: string }> }

// A year without posts is a 404 from the page itself (see lib/content/route-params.ts).
export const generateStaticParams = archiveYearParams

async function findYear(params: Props['params']) {
  return archiveYearFromParam((await params).year)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const group = await findYear(params)
  return group ? pageMetadata({ path: routes.archiveYear(group.year), title: t.yearArchive(group.year) }) : {}
}

export default async function ArchiveYearPage({ params }: Props) {
  const group = await findYear(params)
  if (!group) notFound()
  return (
    <>
      <p className="text-sm">
        <Link href={routes.archive()} className="text-accent-600 dark:text-accent-400 font-medium hover:underline">
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
