import type { Metadata } from 'next'
import { PaginatedPostList } from '@/components/paginated-post-list'
import { TagPageLinks } from '@/components/tag-page-links'
import { TagSpelling } from '@/components/tag-spelling'
import { getPostsByTag } from '@/lib/content'
import { parsePageParam, tagFromParam, tagFromSpelling, tagPageParams } from '@/lib/content/route-params'
import { t } from '@/lib/site/i18n'
import { pageMetadata } from '@/lib/publishing/metadata'
import { routes } from '@/lib/publishing/routes'

type Props = { params: Promise<{ tag: string; n: string }> }

// An unknown tag or a page past the end is a 404 from the page itself (see lib/content/route-params.ts).
export const generateStaticParams = tagPageParams

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag: param, n } = await params
  const tag = tagFromParam(param)
  return tag
    ? pageMetadata({ path: routes.tag(tag.slug, parsePageParam(n)), title: `${t.tagPosts(tag.name)} (${n})`, tag })
    : {}
}

export default async function TagListPage({ params }: Props) {
  const { tag: param, n } = await params
  const tag = tagFromParam(param)
  if (!tag) return <TagSpelling tag={tagFromSpelling(param)} page={parsePageParam(n)} />
  return (
    <PaginatedPostList
      title={t.tagPosts(tag.name)}
      posts={getPostsByTag(tag.slug)}
      page={parsePageParam(n)}
      basePath={routes.tag(tag.slug)}
      intro={<TagPageLinks tag={tag} />}
    />
  )
}
