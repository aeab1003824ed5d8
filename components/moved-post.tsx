import Link from 'next/link'
import { notFound } from 'next/navigation'
import type { Post } from '@/lib/content'
import { isStaticExport } from '@/lib/content/route-params'
import { sitePath } from '@/lib/publishing/routes'
import { t } from '@/lib/site/i18n'

/**
 * An imported post's old address in the static export: a page that forwards at once (meta refresh, no script)
 * and links to the post for anything that does not follow it. Where a server answers, next.config.ts has
 * already sent a 308, so anything that still gets here is a 404.
 */
export function MovedPost({ post }: { post?: Post }) {
  if (!post || !isStaticExport()) notFound()
  return (
    <>
      <meta httpEquiv="refresh" content={`0;url=${encodeURI(sitePath(post.path))}`} />
      <p>
        <Link href={post.path} className="text-accent-600 dark:text-accent-400 font-medium underline">
          {t.movedTo(post.title)}
        </Link>
      </p>
    </>
  )
}
