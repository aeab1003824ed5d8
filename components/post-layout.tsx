import Image from 'next/image'
import Link from 'next/link'
import { getTag, getToc, getTranslations, postCompileContext, type Author, type Post } from '@/lib/content'
import { tagSlug } from '@/lib/content/slug'
import { absoluteUrl, sitePath } from '@/lib/publishing/routes'
import { dictionaryFor, type Dictionary } from '@/lib/site/i18n'
import { postLanguage, siteLanguage } from '@/lib/site/language'
import { LanguageProvider } from './language-context'
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
type LayoutProps = Props & { t: Dictionary }

/**
 * Frontmatter `layout:` picks one of three layouts; PostLayout (with a TOC) is
 * the default. Everything around the body speaks the post's language: a
 * translation (`foo.en.mdx`) gets English strings and `lang` on the article.
 */
export function PostLayout(props: Props) {
  const lang = postLanguage(props.post)
  const layoutProps = { ...props, t: dictionaryFor(lang) }
  const layout = (() => {
    switch (props.post.layout) {
      case 'PostSimple':
        return <PostSimple {...layoutProps} />
      case 'PostBanner':
        return <PostBanner {...layoutProps} />
      default:
        return <PostWithToc {...layoutProps} />
    }
  })()
  return lang === siteLanguage ? layout : <LanguageProvider lang={lang}>{layout}</LanguageProvider>
}

/** A translation's tags are not counted (lists show its original): only those with a page are links. */
const linkedTags = (post: Post) => (postLanguage(post) === siteLanguage ? post.tags : post.tags.filter((tag) => getTag(tagSlug(tag))))

/** Links to the same post in its other languages, each named in its own language. */
function Translations({ post, t }: { post: Post; t: Dictionary }) {
  const others = getTranslations(post)
  if (others.length === 0) return null
  return (
    <p className="translations text-sm text-gray-600 dark:text-gray-400">
      {t.otherLanguages}{' '}
      {others.map((other) => {
        const lang = postLanguage(other)
        return (
          <Link key={lang} href={other.path} hrefLang={lang} lang={lang} className="text-accent-600 dark:text-accent-400 me-3 font-medium underline">
            {dictionaryFor(lang).languageName}
          </Link>
        )
      })}
    </p>
  )
}

function PostWithToc({ post, authors, older, newer, t }: LayoutProps) {
  const toc = getToc(post)
  return (
    <article className="relative" data-layout="PostLayout" lang={post.lang}>
      <TocSidebar entries={toc} t={t} />
      <PostHeader post={post} authors={authors} tags={linkedTags(post)} t={t} />
      <Translations post={post} t={t} />
      <TocDetails entries={toc} t={t} />
      <SeriesBox post={post} t={t} />
      <PostBody post={post} />
      <PostFooter post={post} older={older} newer={newer} t={t} />
    </article>
  )
}

/** Just the words: no table of contents. */
function PostSimple({ post, authors, older, newer, t }: LayoutProps) {
  return (
    <article data-layout="PostSimple" lang={post.lang}>
      <PostHeader post={post} authors={authors} tags={linkedTags(post)} t={t} />
      <Translations post={post} t={t} />
      <SeriesBox post={post} t={t} />
      <PostBody post={post} />
      <PostFooter post={post} older={older} newer={newer} t={t} />
    </article>
  )
}

/** The first of `images` across the top; the box has a fixed ratio, so nothing moves when it loads. */
function PostBanner({ post, authors, older, newer, t }: LayoutProps) {
  const banner = post.images?.[0]
  return (
    <article data-layout="PostBanner" lang={post.lang}>
      {banner && (
        <div className="relative mb-8 aspect-[2/1] w-full overflow-hidden rounded-xl">
          <Image src={sitePath(banner)} alt="" fill priority sizes="(min-width: 768px) 768px, 100vw" className="object-cover" />
        </div>
      )}
      <PostHeader post={post} authors={authors} tags={linkedTags(post)} t={t} />
      <Translations post={post} t={t} />
      <TocDetails entries={getToc(post)} t={t} />
      <SeriesBox post={post} t={t} />
      <PostBody post={post} />
      <PostFooter post={post} older={older} newer={newer} t={t} />
    </article>
  )
}

function PostBody({ post }: { post: Post }) {
  return (
    <div className="prose prose-lg dark:prose-invert max-w-none py-8">
      {post.hasMath && <MathStyles />}
      <MdxContent source={post.body.raw} {...postCompileContext(post)} />
    </div>
  )
}

function PostFooter({ post, older, newer, t }: { post: Post; older?: Post; newer?: Post; t: Dictionary }) {
  return (
    <>
      <ReadingAids t={t} />
      <ShareButtons url={absoluteUrl(post.canonicalUrl ?? post.path)} title={post.title} />
      <RelatedPosts post={post} t={t} />
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
      <Comments t={t} />
      <p className="mt-8">
        <Link href={routes.blog()} className="text-accent-600 dark:text-accent-400 font-medium">
          {t.backToBlog}
        </Link>
      </p>
    </>
  )
}
