import type { Metadata } from 'next'
import { TagLink } from '@/components/tag-link'
import { getTags } from '@/lib/content'
import { t } from '@/lib/site/i18n'
import { pageMetadata } from '@/lib/publishing/metadata'
import { routes } from '@/lib/publishing/routes'

export const metadata: Metadata = pageMetadata({ path: routes.tags(), title: t.tags })

export default function TagsPage() {
  const tags = getTags()
  return (
    <>
      <h1 className="mb-8 text-3xl font-extrabold tracking-tight sm:text-4xl">{t.tags}</h1>
      {tags.length === 0 ? (
        <p className="text-gray-500">{t.noPosts}</p>
      ) : (
        <ul className="flex flex-wrap gap-3">
          {tags.map((tag) => (
            <li key={tag.slug}>
              <TagLink tag={tag.name} count={tag.count} />
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
