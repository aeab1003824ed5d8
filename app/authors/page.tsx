import type { Metadata } from 'next'
import { AuthorCard } from '@/components/author-card'
import { getAuthors, getPostsByAuthor } from '@/lib/content'
import { t } from '@/lib/site/i18n'
import { pageMetadata } from '@/lib/publishing/metadata'
import { routes } from '@/lib/publishing/routes'

export const metadata: Metadata = pageMetadata({ path: routes.authors(), title: t.authors })

/** Everyone who writes here, each linking to their posts. */
export default function AuthorsPage() {
  return (
    <>
      <h1 className="mb-8 text-3xl font-extrabold tracking-tight sm:text-4xl">{t.authors}</h1>
      <ul className="space-y-8">
        {getAuthors().map((author) => (
          <li key={author.id} className="space-y-2">
            <AuthorCard author={author} linkName />
            <p className="text-sm text-gray-600 dark:text-gray-400">{t.postCount(getPostsByAuthor(author.id).length)}</p>
          </li>
        ))}
      </ul>
    </>
  )
}
