import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { PostDate } from '@/components/post-date'
import { getAllSeries, getSeries } from '@/lib/content'
import { t } from '@/lib/site/i18n'
import { decodeParam } from '@/lib/content/slug'
import { exportSafeParams } from '@/lib/content/static-params'

type Props = { params: Promise<{ name: string }> }

// Same reasoning as app/tags/[tag]/page.tsx: unknown names answer 404 from the page.
// dynamicParams stays at its default (true): see app/blog/[...slug]/page.tsx.

export function generateStaticParams() {
  return exportSafeParams(
    getAllSeries().map((series) => ({ name: series.slug })),
    { name: '_' },
  )
}

async function findSeries(params: Props['params']) {
  const slug = decodeParam((await params).name)
  return slug === null ? undefined : getSeries(slug)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const series = await findSeries(params)
  return series ? { title: t.seriesPosts(series.name), alternates: { canonical: `/series/${series.slug}` } } : {}
}

export default async function SeriesPage({ params }: Props) {
  const series = await findSeries(params)
  if (!series) notFound()
  return (
    <>
      <h1 className="mb-8 text-3xl font-extrabold tracking-tight sm:text-4xl">{t.seriesPosts(series.name)}</h1>
      <ol className="list-decimal space-y-4 pl-6">
        {series.posts.map((post) => (
          <li key={post.slug}>
            <Link href={post.path} className="text-lg font-semibold hover:underline">
              {post.title}
            </Link>{' '}
            <PostDate date={post.date} className="text-sm text-gray-500 dark:text-gray-400" />
          </li>
        ))}
      </ol>
    </>
  )
}
