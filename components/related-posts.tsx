import Link from 'next/link'
import { getRelatedPosts, type Post } from '@/lib/content'
import { t as siteDictionary, type Dictionary } from '@/lib/site/i18n'
import { PostDate } from './post-date'

export function RelatedPosts({ post, t = siteDictionary }: { post: Post; t?: Dictionary }) {
  const related = getRelatedPosts(post)
  if (related.length === 0) return null
  return (
    <section aria-labelledby="related-posts" className="mt-10">
      <h2 id="related-posts" className="text-lg font-bold">
        {t.relatedPosts}
      </h2>
      <ul className="mt-3 space-y-2">
        {related.map((other) => (
          <li key={other.slug}>
            <Link href={other.path} className="font-medium hover:underline">
              {other.title}
            </Link>{' '}
            <PostDate t={t} date={other.date} className="text-sm text-gray-500 dark:text-gray-400" />
          </li>
        ))}
      </ul>
    </section>
  )
}
