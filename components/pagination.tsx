import Link from 'next/link'
import { t } from '@/lib/site/i18n'
import { listPagePath } from '@/lib/publishing/routes'

export function Pagination({ basePath, page, totalPages }: { basePath: string; page: number; totalPages: number }) {
  if (totalPages <= 1) return null
  const linkClass = 'rounded-md px-3 py-1.5 font-medium hover:bg-gray-100 dark:hover:bg-gray-800'
  return (
    <nav aria-label={t.pagination} className="mt-8 flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link href={listPagePath(basePath, page - 1)} rel="prev" className={linkClass}>
          ← {t.previousPage}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-gray-500 dark:text-gray-400">{t.pageOf(page, totalPages)}</span>
      {page < totalPages ? (
        <Link href={listPagePath(basePath, page + 1)} rel="next" className={linkClass}>
          {t.nextPage} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
