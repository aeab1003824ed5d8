import type { Metadata } from 'next'
import { PaginatedPostList } from '@/components/paginated-post-list'
import { pageHref } from '@/components/pagination'
import { getVisiblePosts, pageParams, parsePageParam } from '@/lib/content'
import { t } from '@/lib/site/i18n'
import { pageMetadata } from '@/lib/publishing/metadata'

type Props = { params: Promise<{ n: string }> }

// Unknown params are answered by the page itself (notFound), not by the
// prerendered list: `next dev` serves that list stale-while-revalidate, so
// with `false` a post added during dev would 404 on its first visit. See
// next.config.ts for how `next start` keeps such 404s out of its disk cache.
// dynamicParams is left at its default (true) rather than written out: Next
// rejects an explicit `true` under `output: 'export'` (`npm run export`), and
// the segment config must be a literal. In the export only the prerendered
// params exist and the static host answers the rest with 404.html.

export function generateStaticParams() {
  return pageParams(getVisiblePosts().length)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { n } = await params
  return pageMetadata({ path: pageHref('/blog', parsePageParam(n)), title: `${t.blog} (${n})` })
}

export default async function BlogListPage({ params }: Props) {
  const { n } = await params
  return <PaginatedPostList title={t.blog} posts={getVisiblePosts()} page={parsePageParam(n)} basePath="/blog" />
}
