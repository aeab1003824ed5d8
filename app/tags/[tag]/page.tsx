import type { Metadata } from 'next'
import { PaginatedPostList } from '@/components/paginated-post-list'
import { TagPageLinks } from '@/components/tag-page-links'
import { TagSpelling } from '@/components/tag-spelling'
import { getPostsByTag } from '@/lib/content'
import { t } from '@/lib/site/i18n'
import { pageMetadata } from '@/lib/publishing/metadata'
import { tagFromParam, tagFromSpelling, tagStaticParams } from '@/lib/content/tag-route'

type Props = { params: Promise<{ tag: string }> }

// Unknown params are answered by the page itself (notFound), not by the
// prerendered list: `next dev` serves that list stale-while-revalidate, so
// with `false` a post added during dev would 404 on its first visit. See
// next.config.ts for how `next start` keeps such 404s out of its disk cache.
// dynamicParams is left at its default (true) rather than written out: Next
// rejects an explicit `true` under `output: 'export'` (`npm run export`), and
// the segment config must be a literal. In the export only the prerendered
// params exist and the static host answers the rest with 404.html.
export const generateStaticParams = tagStaticParams

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag: param } = await params
  const tag = tagFromParam(param)
  if (tag) return pageMetadata({ path: `/tags/${tag.slug}`, title: t.tagPosts(tag.name), tag })
  // Another spelling (static export only; a server redirects): not a page of its own.
  const spelled = tagFromSpelling(param)
  return spelled ? { ...pageMetadata({ path: `/tags/${spelled.slug}` }), robots: { index: false } } : {}
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
      basePath={`/tags/${tag.slug}`}
      intro={<TagPageLinks tag={tag} />}
    />
  )
}
