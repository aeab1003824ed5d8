import Image from 'next/image'
import Link from 'next/link'
import type { Author, Post } from '@/lib/content'
import { t } from '@/lib/i18n'
import { Comments } from './comments'
import { MdxContent } from './mdx-content'
import { PostDate } from './post-date'
import { ReadingTime } from './reading-time'
import { TagLink } from './tag-link'
import { UnpublishedBadge } from './unpublished-badge'

type Props = { post: Post; authors: Author[]; older?: Post; newer?: Post }

export function PostLayout({ post, authors, older, newer }: Props) {
  return (
    <article>
      <header className="space-y-4 border-b border-gray-200 pb-8 dark:border-gray-800">
        <p className="text-sm text-gray-500 dark:text-gray-400">
          <span className="sr-only">{t.publishedOn}</span>
          <PostDate date={post.date} />
          <ReadingTime minutes={post.readingTime} className="ms-3" />
        </p>
        <h1 className="text-3xl leading-tight font-extrabold tracking-tight sm:text-4xl">
          {post.title}
          <UnpublishedBadge post={post} />
        </h1>
        {post.tags.length > 0 && (
          <ul className="flex flex-wrap gap-2">
            {post.tags.map((tag) => (
              <li key={tag}>
                <TagLink tag={tag} />
              </li>
            ))}
          </ul>
        )}
        <ul className="flex flex-wrap gap-4" aria-label={t.writtenBy}>
          {authors.map((author) => (
            <li key={author.id} className="flex items-center gap-2 text-sm">
              {author.avatar && (
                <Image src={author.avatar} alt="" width={32} height={32} className="h-8 w-8 rounded-full" />
              )}
              <span className="font-medium">{author.name}</span>
            </li>
          ))}
        </ul>
      </header>
      <div className="prose prose-lg dark:prose-invert max-w-none py-8">
        <MdxContent source={post.body.raw} />
      </div>
      <nav className="grid gap-4 border-t border-gray-200 pt-6 sm:grid-cols-2 dark:border-gray-800">
        {newer && (
          <Link href={newer.path} rel="next" className="group">
            <span className="block text-xs tracking-wide text-gray-500 uppercase">{t.newerPost}</span>
            <span className="font-semibold group-hover:underline">{newer.title}</span>
          </Link>
        )}
        {older && (
          <Link href={older.path} rel="prev" className="group sm:col-start-2 sm:text-right">
            <span className="block text-xs tracking-wide text-gray-500 uppercase">{t.olderPost}</span>
            <span className="font-semibold group-hover:underline">{older.title}</span>
          </Link>
        )}
      </nav>
      <Comments />
      <p className="mt-8">
        <Link href="/blog" className="text-accent-600 dark:text-accent-400 font-medium">
          {t.backToBlog}
        </Link>
      </p>
    </article>
  )
}
