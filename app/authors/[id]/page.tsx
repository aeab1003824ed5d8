import type { Metadata } from 'next'
import Image from 'next/image'
import { notFound } from 'next/navigation'
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
