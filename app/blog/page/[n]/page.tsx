import type { Metadata } from 'next'
import { PaginatedPostList } from '@/components/paginated-post-list'
import { getVisiblePosts, pinnedFirst } from '@/lib/content'
import { blogPageParams, parsePageParam } from '@/lib/content/route-params'
import { t } from '@/lib/site/i18n'
import { pageMetadata } from '@/lib/publishing/metadata'
import { routes } from '@/lib/publishing/routes'

type Props = { params: Promise<{ n: string }> }

// A page past the end is a 404 from the page itself (see lib/content/route-params.ts).
export const generateStaticParams = blogPageParams

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { n } = await params
  return pageMetadata({ path: routes.blog(parsePageParam(n)), title: `${t.blog} (${n})` })
}

export default async function BlogListPage({ params }: Props) {
  const { n } = await params
  return (
    <PaginatedPostList
      title={t.blog}
      posts={pinnedFirst(getVisiblePosts())}
      page={parsePageParam(n)}
      basePath={routes.blog()}
      markPinned
    />
  )
}
