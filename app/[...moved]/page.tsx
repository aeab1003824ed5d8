import type { Metadata } from 'next'
import { MovedPost } from '@/components/moved-post'
import { movedParams, movedPost } from '@/lib/content/route-params'
import { pageMetadata } from '@/lib/publishing/metadata'

type Props = { params: Promise<{ moved: string[] }> }

// An imported post's old address (`redirectFrom`). Any other URL is a 404 from the page itself.
export const generateStaticParams = movedParams

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = movedPost((await params).moved)
  // Not a page of its own: its canonical is the post.
  return post ? { ...pageMetadata({ path: post.path, title: post.title }), robots: { index: false } } : {}
}

export default async function MovedPage({ params }: Props) {
  return <MovedPost post={movedPost((await params).moved)} />
}
