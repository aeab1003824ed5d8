import type { Metadata } from 'next'
import { PaginatedPostList } from '@/components/paginated-post-list'
import { TagPageLinks } from '@/components/tag-page-links'
import { TagSpelling } from '@/components/tag-spelling'
import { pageHref } from '@/components/pagination'
import { getPostsByTag, parsePageParam } from '@/lib/content'
import { t } from '@/lib/site/i18n'
import { pageMetadata } from '@/lib/publishing/metadata'
import { tagFromParam, tagFromSpelling, tagPageStaticParams } from '@/lib/content/tag-route'

type Props = { params: Promise<{ tag: string; n: string }> }

// Unknown params are answered by the page itself (notFound), not by the
// prerendered list: `next dev` serves that list stale-while-revalidate, so
// with `false` a post added during dev would 404 on its first visit. See
// next.config.ts for how `next start` keeps such 404s out of its disk cache.
// dynamicParams is left at its default (true) rather than written out: Next
// rejects an explicit `true` under `output: 'export'` (`npm run export`), and
// the segment config must be a literal. In the export only the prerendered
// params exist and the static host answers the rest with 404.html.
export const generateStaticParams = tagPageStaticParams

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag: param, n } = await params
  const tag = tagFromParam(param)
  return tag
    ? pageMetadata({ path: pageHref(`/tags/${tag.slug}`, parsePageParam(n)), title: `${t.tagPosts(tag.name)} (${n})`, tag })
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
      basePath={`/tags/${tag.slug}`}
      intro={<TagPageLinks tag={tag} />}
    />
  )
}
