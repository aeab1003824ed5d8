import Link from 'next/link'
import { getSeries, seriesSlug, type Post } from '@/lib/content'
import { t as siteDictionary, type Dictionary } from '@/lib/site/i18n'
import { routes } from '@/lib/publishing/routes'

/** The series a post belongs to: its position and every part, in reading order. */
export function SeriesBox({ post, t = siteDictionary }: { post: Post; t?: Dictionary }) {
  const series = post.series ? getSeries(seriesSlug(post.series)) : undefined
  if (!series) return null
  const position = series.posts.findIndex((part) => part.slug === post.slug) + 1
  return (
    <aside aria-label={t.series} className="series-box mt-8 rounded-lg border border-gray-200 p-4 dark:border-gray-800">
      <p className="text-sm text-gray-500 dark:text-gray-400">
        {t.series} ·{' '}
        <Link href={routes.series(series.slug)} className="font-semibold text-gray-900 hover:underline dark:text-gray-100">
          {series.name}
        </Link>{' '}
        · <span className="series-position">{t.seriesPosition(position, series.posts.length)}</span>
      </p>
      <ol className="mt-3 list-decimal space-y-1 pl-6">
        {series.posts.map((part) => (
          <li key={part.slug}>
            {part.slug === post.slug ? (
              <span aria-current="page" className="font-semibold">
                {part.title}
              </span>
            ) : (
              <Link href={part.path} className="hover:underline">
                {part.title}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </aside>
  )
}
