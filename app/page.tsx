import Link from 'next/link'
import { PostList } from '@/components/post-list'
import { siteConfig } from '@/data/site-config'
import { getVisiblePosts, pinnedFirst } from '@/lib/content'
import { t } from '@/lib/site/i18n'
import { routes } from '@/lib/publishing/routes'

export default function HomePage() {
  const posts = pinnedFirst(getVisiblePosts())
  return (
    <>
      <section className="space-y-2 border-b border-gray-200 pb-8 dark:border-gray-800">
        <h1 className="text-3xl font-extrabold tracking-tight sm:text-4xl">{siteConfig.title}</h1>
        <p className="text-lg text-gray-600 dark:text-gray-300">{siteConfig.description}</p>
      </section>
      <h2 className="sr-only">{t.latestPosts}</h2>
      <PostList posts={posts.slice(0, siteConfig.homePosts)} markPinned />
      {posts.length > siteConfig.homePosts && (
        <p className="text-right">
          <Link href={routes.blog()} className="text-accent-600 dark:text-accent-400 font-medium">
            {t.allPosts} →
          </Link>
        </p>
      )}
    </>
  )
}
