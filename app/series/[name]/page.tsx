import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { PostDate } from '@/components/post-date'
import { seriesFromParam, seriesParams } from '@/lib/content/route-params'
import { t } from '@/lib/site/i18n'
import { pageMetadata } from '@/lib/publishing/metadata'
import { routes } from '@/lib/publishing/routes'

type Props = { params: Promise<{ name: string }> }

// An unknown series is a 404 from the page itself (see lib/content/route-params.ts).
export const generateStaticParams = seriesParams

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const series = seriesFromParam((await params).name)
  return series ? pageMetadata({ path: routes.series(series.slug), title: t.seriesPosts(series.name) }) : {}
}

export default async function SeriesPage({ params }: Props) {
  const series = seriesFromParam((await params).name)
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
