import Image from 'next/image'
import Link from 'next/link'
import { getBibliographyPath, getToc, type Author, type Post } from '@/lib/content'
import { absoluteUrl, sitePath } from '@/lib/publishing/routes'
import { bodyFormatOf } from '@/lib/markdown/format'
import { t } from '@/lib/site/i18n'
import { Comments } from './comments'
import { MathStyles } from './math-styles'
import { MdxContent } from './mdx-content'
import { PostHeader } from './post-header'
import { ReadingAids } from './reading-aids'
import { RelatedPosts } from './related-posts'
import { SeriesBox } from './series-box'
import { ShareButtons } from './share-buttons'
import { TocDetails, TocSidebar } from './table-of-contents'
import './post-content.css'
import { routes } from '@/lib/publishing/routes'

type Props = { post: Post; authors: Author[]; older?: Post; newer?: Post }

/** Frontmatter `layout:` picks one of three layouts; PostLayout (with a TOC) is the default. */
export function PostLayout(props: Props) {
  switch (props.post.layout) {
    case 'PostSimple':
      return <PostSimple {...props} />
    case 'PostBanner':
      return <PostBanner {...props} />
    default:
      return <PostWithToc {...props} />
  }
}

function PostWithToc({ post, authors, older, newer }: Props) {
  const toc = getToc(post)
  return (
    <article className="relative" data-layout="PostLayout">
      <TocSidebar entries={toc} />
      <PostHeader post={post} authors={authors} />
      <TocDetails entries={toc} />
      <SeriesBox post={post} />
      <PostBody post={post} />
      <PostFooter post={post} older={older} newer={newer} />
    </article>
  )
}

/** Just the words: no table of contents. */
function PostSimple({ post, authors, older, newer }: Props) {
  return (
    <article data-layout="PostSimple">
      <PostHeader post={post} authors={authors} />
      <SeriesBox post={post} />
      <PostBody post={post} />
      <PostFooter post={post} older={older} newer={newer} />
    </article>
  )
}

/** The first of `images` across the top; the box has a fixed ratio, so nothing moves when it loads. */
function PostBanner({ post, authors, older, newer }: Props) {
  const banner = post.images?.[0]
  return (
    <article data-layout="PostBanner">
      {banner && (
        <div className="relative mb-8 aspect-[2/1] w-full overflow-hidden rounded-xl">
          <Image src={sitePath(banner)} alt="" fill priority sizes="(min-width: 768px) 768px, 100vw" className="object-cover" />
        </div>
      )}
      <PostHeader post={post} authors={authors} />
      <TocDetails entries={getToc(post)} />
      <SeriesBox post={post} />
      <PostBody post={post} />
      <PostFooter post={post} older={older} newer={newer} />
    </article>
  )
}

function PostBody({ post }: { post: Post }) {
  return (
    <div className="prose prose-lg dark:prose-invert max-w-none py-8">
      {post.hasMath && <MathStyles />}
      <MdxContent
        source={post.body.raw}
        format={bodyFormatOf(post._raw.sourceFilePath)}
        bibliography={getBibliographyPath(post)}
        dir={post._raw.sourceFileDir}
      />
    </div>
  )
}

function PostFooter({ post, older, newer }: { post: Post; older?: Post; newer?: Post }) {
  return (
    <>
      <ReadingAids />
      <ShareButtons url={absoluteUrl(post.canonicalUrl ?? post.path)} title={post.title} />
      <RelatedPosts post={post} />
      {/* Older on the left, newer on the right, as on a timeline read left to right. rel follows reading order:
          the previous post is the older one. */}
      <nav
        aria-label={t.postNavigation}
        className="mt-10 grid gap-4 border-t border-gray-200 pt-6 sm:grid-cols-2 dark:border-gray-800"
      >
        {older && (
          <Link href={older.path} rel="prev" aria-label={t.olderPostLabel(older.title)} className="group">
            <span className="block text-sm text-gray-600 dark:text-gray-400">
              <span aria-hidden="true">← </span>
              {t.olderPost}
            </span>
            <span className="font-semibold group-hover:underline">{older.title}</span>
          </Link>
        )}
        {newer && (
          <Link
            href={newer.path}
            rel="next"
            aria-label={t.newerPostLabel(newer.title)}
            className="group sm:col-start-2 sm:text-right"
          >
            <span className="block text-sm text-gray-600 dark:text-gray-400">
              {t.newerPost}
              <span aria-hidden="true"> →</span>
            </span>
            <span className="font-semibold group-hover:underline">{newer.title}</span>
          </Link>
        )}
      </nav>
      <Comments />
      <p className="mt-8">
        <Link href={routes.blog()} className="text-accent-600 dark:text-accent-400 font-medium">
          {t.backToBlog}
        </Link>
      </p>
    </>
  )
}
