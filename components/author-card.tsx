import Image from 'next/image'
import Link from 'next/link'
import type { Author } from '@/lib/content'
import { authorContacts } from '@/lib/site/author-contacts'
import { t } from '@/lib/site/i18n'
import { routes, sitePath } from '@/lib/publishing/routes'

/** An author's picture, name, work and contacts: /about, /authors and /authors/<id>. */
export function AuthorCard({
  author,
  headingLevel = 2,
  linkName = false,
}: {
  author: Author
  headingLevel?: 1 | 2
  /** link the name to the author's page (on the /authors index) */
  linkName?: boolean
}) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2'
  const contacts = authorContacts(author)
  return (
    <div className="flex items-start gap-4">
      {author.avatar && (
        <Image src={sitePath(author.avatar)} alt="" width={80} height={80} className="h-20 w-20 shrink-0 rounded-full" />
      )}
      <div className="min-w-0 space-y-1">
        <Heading className="text-xl font-bold">
          {linkName ? (
            <Link href={routes.author(author.id)} className="hover:underline">
              {author.name}
            </Link>
          ) : (
            author.name
          )}
        </Heading>
        {author.occupation && <p className="text-gray-600 dark:text-gray-300">{author.occupation}</p>}
        {author.company && <p className="text-gray-600 dark:text-gray-400">{author.company}</p>}
        {contacts.length > 0 && (
          <ul aria-label={t.authorContacts(author.name)} className="flex flex-wrap gap-x-4 gap-y-1 pt-1 text-sm">
            {contacts.map((contact) => (
              <li key={contact.href}>
                <a href={contact.href} rel={contact.rel} className="text-accent-600 dark:text-accent-400 font-medium hover:underline">
                  {contact.label}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  )
}
