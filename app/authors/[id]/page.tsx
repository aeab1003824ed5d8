import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { AuthorCard } from '@/components/author-card'
import { PostList } from '@/components/post-list'
import { getPostsByAuthor } from '@/lib/content'
import { authorFromParam, authorParams } from '@/lib/content/route-params'
import { t } from '@/lib/site/i18n'
import { pageMetadata } from '@/lib/publishing/metadata'
import { routes } from '@/lib/publishing/routes'

type Props = { params: Promise<{ id: string }> }

// An unknown author is a 404 from the page itself (see lib/content/route-params.ts).
export const generateStaticParams = authorParams

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = authorFromParam((await params).id)
  return author ? pageMetadata({ path: routes.author(author.id), title: t.authorPosts(author.name) }) : {}
}

export default async function AuthorPage({ params }: Props) {
  const author = authorFromParam((await params).id)
  if (!author) notFound()
  return (
    <>
      <h1 className="mb-6 text-3xl font-extrabold tracking-tight sm:text-4xl">{t.authorPosts(author.name)}</h1>
      <AuthorCard author={author} />
      <PostList posts={getPostsByAuthor(author.id)} />
    </>
  )
}
