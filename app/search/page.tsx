import type { Metadata } from 'next'
import { Suspense } from 'react'
import { SearchPage } from '@/components/search-page'
import { t } from '@/lib/site/i18n'
import { pageMetadata } from '@/lib/publishing/metadata'
import { routes } from '@/lib/publishing/routes'

export const metadata: Metadata = pageMetadata({ path: routes.search(), title: t.search })

// Static: the query is read in the browser, so /search?q= works on a static export too.
export default function Page() {
  return (
    <>
      <h1 className="mb-6 text-3xl font-extrabold tracking-tight">{t.search}</h1>
      <Suspense fallback={null}>
        <SearchPage />
      </Suspense>
    </>
  )
}
