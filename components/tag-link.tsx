import Link from 'next/link'
import { tagSlug } from '@/lib/content/slug'
import { routes } from '@/lib/publishing/routes'

export function TagLink({ tag, count }: { tag: string; count?: number }) {
  return (
    <Link
      href={routes.tag(tagSlug(tag))}
      className="rounded-full bg-gray-100 px-2.5 py-0.5 text-sm font-medium text-gray-700 hover:bg-gray-200 dark:bg-gray-800 dark:text-gray-200 dark:hover:bg-gray-700"
    >
      #{tag}
      {count !== undefined && <span className="ml-1 text-gray-500 dark:text-gray-400">({count})</span>}
    </Link>
  )
}

/** A post's tags as a row of links; nothing when it has none. */
export function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null
  return (
    <ul className="flex flex-wrap gap-2">
      {tags.map((tag) => (
        <li key={tag}>
          <TagLink tag={tag} />
        </li>
      ))}
    </ul>
  )
}
