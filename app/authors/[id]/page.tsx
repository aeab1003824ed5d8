import type { Metadata } from 'next'
import Image from 'next/image'
import { notFound } from 'next/navigation'
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
      <div className="flex items-center gap-4">
        {author.avatar && <Image src={author.avatar} alt="" width={64} height={64} className="h-16 w-16 rounded-full" />}
        <div>
          <h1 className="text-3xl font-extrabold tracking-tight sm:text-4xl">{t.authorPosts(author.name)}</h1>
          {author.occupation && <p className="text-gray-500 dark:text-gray-400">{author.occupation}</p>}
        </div>
      </div>
      <PostList posts={getPostsByAuthor(author.id)} />
    </>
  )
}
