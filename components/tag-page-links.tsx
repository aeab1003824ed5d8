import Link from 'next/link'
import type { TagSummary } from '@/lib/content'
import { routes, sitePath } from '@/lib/publishing/routes'
import { t } from '@/lib/site/i18n'

/** Under a tag page's title: back to every tag, and this tag's own feed for readers who follow only it. */
export function TagPageLinks({ tag }: { tag: TagSummary }) {
  const linkClass = 'text-accent-600 dark:text-accent-400 font-medium hover:underline'
  return (
    <p className="mt-3 flex flex-wrap gap-x-6 gap-y-2 text-sm">
      <Link href={routes.tags()} className={linkClass}>
        <span aria-hidden="true">← </span>
        {t.allTags}
      </Link>
      <a href={sitePath(routes.tagFeeds(tag.slug).rss)} className={linkClass} type="application/rss+xml">
        {t.tagFeed(tag.name)}
      </a>
    </p>
  )
}
