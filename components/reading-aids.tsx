import { t as siteDictionary, type Dictionary } from '@/lib/site/i18n'

/**
 * A reading-progress bar and a back-to-top link for a post. Both run on CSS scroll-driven animations
 * (app/globals.css), so they add no JavaScript. `#top` is the document's top in every browser, and
 * keyboard focus starts from there again.
 */
export function ReadingAids({ t = siteDictionary }: { t?: Dictionary }) {
  return (
    <>
      <div
        aria-hidden="true"
        className="reading-progress bg-accent-600 dark:bg-accent-400 fixed inset-x-0 top-0 z-50 h-1"
      />
      <a
        href="#top"
        className="back-to-top fixed end-4 bottom-4 z-40 inline-flex items-center gap-1 rounded-full border border-gray-300 bg-white px-4 py-2 text-sm font-medium text-gray-800 shadow-md hover:bg-gray-100 dark:border-gray-700 dark:bg-gray-900 dark:text-gray-100 dark:hover:bg-gray-800"
      >
        {/* Drawn, not the ↑ character: that glyph alone pulled in a 26 KB font slice on every post. */}
        <svg aria-hidden="true" viewBox="0 0 16 16" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M8 13V3M3.5 7.5 8 3l4.5 4.5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {t.backToTop}
      </a>
    </>
  )
}
