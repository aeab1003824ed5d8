import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AuthorCard } from '@/components/author-card'
import { MdxContent } from '@/components/mdx-content'
import { getDefaultAuthor } from '@/lib/content'
import { t } from '@/lib/site/i18n'
import { pageMetadata } from '@/lib/publishing/metadata'
import { routes } from '@/lib/publishing/routes'

export const metadata: Metadata = pageMetadata({ path: routes.about(), title: t.about })

export default function AboutPage() {
  const author = getDefaultAuthor()
  if (!author) notFound()
  return (
    <article className="space-y-8">
      <h1 className="text-3xl font-extrabold tracking-tight sm:text-4xl">{t.about}</h1>
      <AuthorCard author={author} />
      <div className="prose dark:prose-invert max-w-none">
        <MdxContent source={author.body.raw} />
      </div>
      <p>
        <Link href={routes.author(author.id)} className="text-accent-600 dark:text-accent-400 font-medium">
          {t.authorPosts(author.name)} →
        </Link>
      </p>
    </article>
  )
}
