import type { Metadata } from 'next'
import { PaginatedPostList } from '@/components/paginated-post-list'
import { TagPageLinks } from '@/components/tag-page-links'
import { TagSpelling } from '@/components/tag-spelling'
import { getPostsByTag } from '@/lib/content'
import { tagFromParam, tagFromSpelling, tagParams } from '@/lib/content/route-params'
import { t } from '@/lib/site/i18n'
import { pageMetadata } from '@/lib/publishing/metadata'
import { routes } from '@/lib/publishing/routes'

type Props = { params: Promise<{ tag: string }> }

// An unknown tag is a 404 from the page itself (see lib/content/route-params.ts).
export const generateStaticParams = tagParams

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag: param } = await params
  const tag = tagFromParam(param)
  if (tag) return pageMetadata({ path: routes.tag(tag.slug), title: t.tagPosts(tag.name), tag })
  // Another spelling (static export only; a server redirects): not a page of its own.
  const spelled = tagFromSpelling(param)
  return spelled ? { ...pageMetadata({ path: routes.tag(spelled.slug) }), robots: { index: false } } : {}
}

export default async function TagPage({ params }: Props) {
  const { tag: param } = await params
  const tag = tagFromParam(param)
  if (!tag) return <TagSpelling tag={tagFromSpelling(param)} />
  return (
    <PaginatedPostList
      title={t.tagPosts(tag.name)}
      posts={getPostsByTag(tag.slug)}
      page={1}
      basePath={routes.tag(tag.slug)}
      intro={<TagPageLinks tag={tag} />}
    />
  )
}
