import type { Metadata } from 'next'
import { PaginatedPostList } from '@/components/paginated-post-list'
import { getVisiblePosts, pinnedFirst } from '@/lib/content'
import { t } from '@/lib/site/i18n'
import { pageMetadata } from '@/lib/publishing/metadata'
import { routes } from '@/lib/publishing/routes'

export const metadata: Metadata = pageMetadata({ path: routes.blog(), title: t.blog })

export default function BlogPage() {
  return <PaginatedPostList title={t.blog} posts={pinnedFirst(getVisiblePosts())} page={1} basePath={routes.blog()} markPinned />
}
