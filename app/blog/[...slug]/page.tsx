import { notFound } from 'next/navigation'
import type { Metadata } from 'next'
import { JsonLd } from '@/components/json-ld'
import { PostLayout } from '@/components/post-layout'
import { getAdjacentPosts, getPostAuthors, getPostBySlug, getVisiblePosts } from '@/lib/content'
import { blogPostingJsonLd, breadcrumbJsonLd, postMetadata } from '@/lib/publishing/metadata'
import { decodeParam } from '@/lib/content/slug'

type Props = { params: Promise<{ slug: string[] }> }

// Only the posts known at build time exist; anything else is a 404.
// Unknown params are answered by the page itself (notFound), not by the
// prerendered list: `next dev` serves that list stale-while-revalidate, so
// with `false` a post added during dev would 404 on its first visit. See
// next.config.ts for how `next start` keeps such 404s out of its disk cache.
// dynamicParams is left at its default (true) rather than written out: Next
// rejects an explicit `true` under `output: 'export'` (`npm run export`), and
// the segment config must be a literal. In the export only the prerendered
// params exist and the static host answers the rest with 404.html.

export function generateStaticParams() {
  return getVisiblePosts().map((post) => ({ slug: post.slug.split('/') }))
}

async function findPost(params: Props['params']) {
  const { slug } = await params
  const decoded = slug.map(decodeParam)
  return decoded.includes(null) ? undefined : getPostBySlug(decoded.join('/'))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await findPost(params)
  return post ? postMetadata(post, getPostAuthors(post)) : {}
}

export default async function PostPage({ params }: Props) {
  const post = await findPost(params)
  if (!post) notFound()
  const { older, newer } = getAdjacentPosts(post)
  const authors = getPostAuthors(post)
  return (
    <>
      <JsonLd data={[blogPostingJsonLd(post, authors), breadcrumbJsonLd(post)]} />
      <PostLayout post={post} authors={authors} older={older} newer={newer} />
    </>
  )
}
