import { notFound } from 'next/navigation'
import type { Metadata } from 'next'
import { JsonLd } from '@/components/json-ld'
import { PostLayout } from '@/components/post-layout'
import { getAdjacentPosts, getPostAuthors } from '@/lib/content'
import { postFromParam, postParams } from '@/lib/content/route-params'
import { blogPostingJsonLd, breadcrumbJsonLd, postMetadata } from '@/lib/publishing/metadata'

type Props = { params: Promise<{ slug: string[] }> }

// Only the posts known at build time exist; anything else is a 404 (see lib/content/route-params.ts).
export const generateStaticParams = postParams

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = postFromParam((await params).slug)
  return post ? postMetadata(post, getPostAuthors(post)) : {}
}

export default async function PostPage({ params }: Props) {
  const post = postFromParam((await params).slug)
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
