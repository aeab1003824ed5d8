import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PaginatedPostList } from '@/components/paginated-post-list'
import { getPostsByTag } from '@/lib/content'
import { t } from '@/lib/i18n'
import { tagFromParam, tagStaticParams } from '@/lib/tag-route'

type Props = { params: Promise<{ tag: string }> }

export const dynamicParams = false
export const generateStaticParams = tagStaticParams

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = tagFromParam((await params).tag)
  return tag ? { title: t.tagPosts(tag.name), alternates: { canonical: `/tags/${tag.slug}` } } : {}
}

export default async function TagPage({ params }: Props) {
  const tag = tagFromParam((await params).tag)
  if (!tag) notFound()
  return (
    <PaginatedPostList
      title={t.tagPosts(tag.name)}
      posts={getPostsByTag(tag.slug)}
      page={1}
      basePath={`/tags/${tag.slug}`}
    />
  )
}
