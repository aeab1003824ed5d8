import { notFound } from 'next/navigation'
import type { Metadata } from 'next'
import { PaginatedPostList } from '@/components/paginated-post-list'
import { getPostsByTag } from '@/lib/content'
import { tagFromParam, tagParams } from '@/lib/content/route-params'
import { t } from '@/lib/site/i18n'
import { pageMetadata } from '@/lib/publishing/metadata'
import { routes } from '@/lib/publishing/routes'

type Props = { params: Promise<{ tag: string }> }

// An unknown tag is a 404 from the page itself (see lib/content/route-params.ts).
export const generateStaticParams = tagParams

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = tagFromParam((await params).tag)
  return tag ? pageMetadata({ path: routes.tag(tag.slug), title: t.tagPosts(tag.name), tag }) : {}
}

export default async function TagPage({ params }: Props) {
  const tag = tagFromParam((await params).tag)
  if (!tag) notFound()
  return (
    <PaginatedPostList
      title={t.tagPosts(tag.name)}
      posts={getPostsByTag(tag.slug)}
      page={1}
      basePath={routes.tag(tag.slug)}
    />
  )
}
