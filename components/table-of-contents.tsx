import type { TocEntry } from '@/lib/markdown/headings'
import { t as siteDictionary, type Dictionary } from '@/lib/site/i18n'
import { TocNav } from './toc-nav'

/** Narrow screens: a collapsible box above the post. */
export function TocDetails({ entries, t = siteDictionary }: { entries: TocEntry[]; t?: Dictionary }) {
  if (entries.length === 0) return null
  return (
    <details className="toc-details mt-8 rounded-lg border border-gray-200 px-4 py-3 xl:hidden dark:border-gray-800">
      <summary className="cursor-pointer font-semibold">{t.tableOfContents}</summary>
      <nav aria-label={t.tableOfContents} className="mt-3">
        <TocNav entries={entries} />
      </nav>
    </details>
  )
}

/** Wide screens: beside the post, sticky while the reader scrolls. */
export function TocSidebar({ entries, t = siteDictionary }: { entries: TocEntry[]; t?: Dictionary }) {
  if (entries.length === 0) return null
  return (
    <aside className="toc-sidebar absolute top-0 left-full ml-10 hidden h-full w-56 xl:block">
      <nav aria-label={t.tableOfContents} className="sticky top-24 max-h-[calc(100vh-7rem)] overflow-y-auto">
        <p className="mb-3 text-sm font-semibold">{t.tableOfContents}</p>
        <TocNav entries={entries} />
      </nav>
    </aside>
  )
}
