import Image from 'next/image'
import Link from 'next/link'
import type { Author, Post } from '@/lib/content'
import { isoDay } from '@/lib/site/format-date'
import { t as siteDictionary, type Dictionary } from '@/lib/site/i18n'
import { PostDate } from './post-date'
import { ReadingTime } from './reading-time'
import { TagList } from './tag-link'
import { UnpublishedBadge } from './unpublished-badge'
import { routes, sitePath } from '@/lib/publishing/routes'

/** Date (and the day of the last edit, when later), title, tags and authors: the top of every post layout. */
export function PostHeader({
  post,
  authors,
  tags = post.tags,
  t = siteDictionary,
}: {
  post: Post
  authors: Author[]
  /** the tags to link (a translation's: only those the site has pages for) */
  tags?: string[]
  t?: Dictionary
}) {
  const lastmod = post.lastmod ?? post.date
  const modified = isoDay(lastmod) > isoDay(post.date)
  const editUrl = routes.editPost(post._raw.sourceFilePath)
  return (
    <header className="space-y-4 border-b border-gray-200 pb-8 dark:border-gray-800">
      <p className="text-sm text-gray-500 dark:text-gray-400">
        <span className="sr-only">{t.publishedOn}</span>
        <PostDate t={t} date={post.date} />
        {modified && (
          <span className="ms-3" data-modified>
            {t.modified} <PostDate t={t} date={lastmod} />
          </span>
        )}
        <ReadingTime t={t} minutes={post.readingTime} className="ms-3" />
        {editUrl && (
          <a href={editUrl} className="hover:text-accent-600 dark:hover:text-accent-400 ms-3 underline">
            {t.editPost}
          </a>
        )}
      </p>
      <h1 className="text-3xl leading-tight font-extrabold tracking-tight sm:text-4xl">
        {post.title}
        <UnpublishedBadge post={post} t={t} />
      </h1>
      <TagList tags={tags} />
      <ul className="flex flex-wrap gap-4" aria-label={t.writtenBy}>
        {authors.map((author) => (
          <li key={author.id} className="flex items-center gap-2 text-sm">
            {author.avatar && (
              <Image src={sitePath(author.avatar)} alt="" width={32} height={32} className="h-8 w-8 rounded-full" />
            )}
            <Link href={routes.author(author.id)} className="font-medium hover:underline">
              {author.name}
            </Link>
          </li>
        ))}
      </ul>
    </header>
  )
}
