import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { AuthorCard } from '@/components/author-card'
import { PostList } from '@/components/post-list'
import { getAuthor, getAuthors, getPostsByAuthor } from '@/lib/content'
import { t } from '@/lib/site/i18n'
import { decodeParam } from '@/lib/content/slug'

type Props = { params: Promise<{ id: string }> }

// dynamicParams stays at its default (true): see app/blog/[...slug]/page.tsx.

export function generateStaticParams() {
  return getAuthors().map((author) => ({ id: author.id }))
}

async function findAuthor(params: Props['params']) {
  const id = decodeParam((await params).id)
  return id === null ? undefined : getAuthor(id)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = await findAuthor(params)
  return author ? { title: t.authorPosts(author.name), alternates: { canonical: `/authors/${author.id}` } } : {}
}

export default async function AuthorPage({ params }: Props) {
  const author = await findAuthor(params)
  if (!author) notFound()
  return (
    <>
      <h1 className="mb-6 text-3xl font-extrabold tracking-tight sm:text-4xl">{t.authorPosts(author.name)}</h1>
      <AuthorCard author={author} />
      <PostList posts={getPostsByAuthor(author.id)} />
    </>
  )
}
