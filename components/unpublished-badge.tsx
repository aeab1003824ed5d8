import { isPublished, type Post } from '@/lib/content'
import { t as siteDictionary, type Dictionary } from '@/lib/site/i18n'

/** Marks drafts and scheduled posts; only `npm run dev` ever shows such posts. */
export function UnpublishedBadge({ post, t = siteDictionary }: { post: Post; t?: Dictionary }) {
  if (isPublished(post)) return null
  return (
    <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 align-middle text-xs font-semibold text-amber-800 dark:bg-amber-900 dark:text-amber-100">
      {post.draft ? t.draft : t.scheduled}
    </span>
  )
}
