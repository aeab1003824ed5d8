import type { Metadata } from 'next'
import Link from 'next/link'
import { getAllSeries } from '@/lib/content'
import { t } from '@/lib/site/i18n'
import { pageMetadata } from '@/lib/publishing/metadata'
import { routes } from '@/lib/publishing/routes'

export const metadata: Metadata = pageMetadata({ path: routes.allSeries(), title: t.allSeries })

export default function SeriesIndexPage() {
  const all = getAllSeries()
  return (
    <>
      <h1 className="mb-8 text-3xl font-extrabold tracking-tight sm:text-4xl">{t.allSeries}</h1>
      {all.length === 0 ? (
        <p className="text-gray-600 dark:text-gray-400">{t.noSeries}</p>
      ) : (
        <ul className="space-y-3">
          {all.map((series) => (
            <li key={series.slug}>
              <Link href={routes.series(series.slug)} className="text-xl font-bold hover:underline">
                {series.name}
              </Link>{' '}
              <span className="text-gray-500 dark:text-gray-400">({t.postCount(series.posts.length)})</span>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
