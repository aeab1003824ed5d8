import { notFound } from 'next/navigation'
import type { Metadata } from 'next'
import { JsonLd } from '@/components/json-ld'
import { PostLayout } from '@/components/post-layout'
import { getAdjacentPosts, getPostAuthors } from '@/lib/content'
import { translatedPostFromParams, translatedPostParams } from '@/lib/content/route-params'
import { blogPostingJsonLd, breadcrumbJsonLd, postMetadata } from '@/lib/publishing/metadata'

type Props = { params: Promise<{ lang: string; slug: string[] }> }

// A post in another language than the site's (`blog/foo.en.mdx` at /en/blog/foo); see lib/content/route-params.ts.
export const generateStaticParams = translatedPostParams

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params
  const post = translatedPostFromParams(lang, slug)
  return post ? postMetadata(post, getPostAuthors(post)) : {}
}

export default async function TranslatedPostPage({ params }: Props) {
  const { lang, slug } = await params
  const post = translatedPostFromParams(lang, slug)
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
