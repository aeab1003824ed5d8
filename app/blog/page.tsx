import type { Metadata } from 'next'
import { PaginatedPostList } from '@/components/paginated-post-list'
import { getPublishedPosts } from '@/lib/content'
import { t } from '@/lib/i18n'

export const metadata: Metadata = { title: t.blog, alternates: { canonical: '/blog' } }

export default function BlogPage() {
  return <PaginatedPostList title={t.blog} posts={getPublishedPosts()} page={1} basePath="/blog" />
}
