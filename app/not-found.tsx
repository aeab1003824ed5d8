import Link from 'next/link'
import { t } from '@/lib/site/i18n'
import { routes } from '@/lib/publishing/routes'

export default function NotFound() {
  return (
    <section className="py-16 text-center">
      <p className="text-6xl font-extrabold text-gray-300 dark:text-gray-700">404</p>
      <h1 className="mt-4 text-2xl font-bold">{t.notFoundTitle}</h1>
      <p className="mt-2 text-gray-600 dark:text-gray-300">{t.notFoundBody}</p>
      <Link href={routes.home()} className="text-accent-600 dark:text-accent-400 mt-6 inline-block font-medium">
        {t.goHome}
      </Link>
    </section>
  )
}
