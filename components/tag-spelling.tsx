import Link from 'next/link'
import { notFound } from 'next/navigation'
import type { TagSummary } from '@/lib/content'
import { isStaticExport } from '@/lib/content/route-params'
import { t } from '@/lib/site/i18n'
import { routes, sitePath } from '@/lib/publishing/routes'

/**
 * A tag URL in another spelling (`/tags/DevOps`) in the static export: a page that forwards at once (meta refresh,
 * no script) and links there for anything that does not follow it. Where a server answers, proxy.server.ts has
 * already sent a 308 for such a URL, so anything that still gets here is a 404, as is an unknown tag.
 */
export function TagSpelling({ tag, page = 1 }: { tag?: TagSummary; page?: number }) {
  if (!tag || !Number.isInteger(page) || !isStaticExport()) notFound()
  const path = routes.tag(tag.slug, page)
  const href = encodeURI(sitePath(path))
  return (
    <>
      <meta httpEquiv="refresh" content={`0;url=${href}`} />
      <p>
        <Link href={path} className="text-accent-600 dark:text-accent-400 font-medium underline">
          {t.tagPosts(tag.name)}
        </Link>
      </p>
    </>
  )
}
