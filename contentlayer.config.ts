// The content schema: every frontmatter field is declared once here, and the
// generated `Post` / `Author` types come from it. Bodies are compiled to React
// by next-mdx-remote when a page is prerendered, so contentlayer only reads
// the raw text (see `skipBodyRendering`). A post is `.mdx` or plain Markdown
// `.md` (lib/markdown/format.ts); both have the same fields.
import { contentDirExcludeDefault, defineDocumentType, makeSource } from 'contentlayer2/source-files'
import { siteConfig } from './data/site-config'
import { readingMinutes } from './lib/markdown/reading-time'
import { DIAGRAM_FOLDER } from './lib/markdown/diagram-config'
import { bodyFormatOf } from './lib/markdown/format'
import { hasMath, tableOfContents } from './lib/markdown/headings'
import { lastModified, readGitDates } from './lib/content/git-dates.mjs'
import { postLanguageFromPath, postSlugFromPath } from './lib/content/slug'
import { siteLanguage } from './lib/site/language'
import { bodyText } from './lib/search/build-index'
import { routes } from './lib/publishing/routes'

/**
 * The folder for posts that are not ready: contentlayer never reads it, so a
 * file there has no page, list entry, feed item or image, not even in
 * `npm run dev`, and the content check skips it. Move the file out to publish.
 */
export const UNPUBLISHED_DIR = 'blog/_drafts'

const contentDirPath = process.env.CONTENT_DIR ?? 'data'
// Last commit of each file, collected once per build by scripts/prepare.mjs ({} without git).
const gitDates = readGitDates(process.cwd(), contentDirPath)

export const Post = defineDocumentType(() => ({
  name: 'Post',
  filePathPattern: 'blog/**/*.{md,mdx}',
  contentType: 'markdown',
  fields: {
    title: { type: 'string', required: true },
    date: { type: 'date', required: true },
    tags: { type: 'list', of: { type: 'string' }, default: [] },
    summary: { type: 'string' },
    draft: { type: 'boolean', default: false },
    lastmod: { type: 'date' },
    images: { type: 'list', of: { type: 'string' } },
    authors: { type: 'list', of: { type: 'string' } },
    // Which of the three post layouts renders the post (components/post-layouts.tsx).
    layout: { type: 'enum', options: ['PostLayout', 'PostSimple', 'PostBanner'], default: 'PostLayout' },
    canonicalUrl: { type: 'string' },
    // Optional override of the path-derived slug. The default '' keeps the
    // generated type a plain `string`, matching the computed `slug` below.
    slug: { type: 'string', default: '' },
    /** `toc: false` hides the table of contents. */
    toc: { type: 'boolean', default: true },
    /** Posts with the same `series` are read in `seriesOrder` (then date) order. */
    series: { type: 'string' },
    seriesOrder: { type: 'number' },
    /** `pinned: true` lists the post first on `/` and `/blog` (lib/content: pinnedFirst); its date and feeds are untouched. */
    pinned: { type: 'boolean', default: false },
    /** A BibTeX file next to the post; `[@key]` in the body cites from it. */
    bibliography: { type: 'string' },
    /** Old addresses of the post (`/2023/07/31/slug.html`), written by `npm run import`: each forwards to the post (lib/content/redirects.ts). */
    redirectFrom: { type: 'list', of: { type: 'string' } },
  },
  computedFields: {
    // `slug` is also a frontmatter override; the computed value replaces it.
    slug: { type: 'string', resolve: (doc) => postSlugFromPath(doc._raw.sourceFilePath, doc.slug) },
    /** `foo.en.mdx` is in English, the translation of `foo.mdx` when it exists (lib/content: getTranslations). */
    lang: { type: 'string', resolve: (doc) => postLanguageFromPath(doc._raw.sourceFilePath, siteLanguage) },
    path: {
      type: 'string',
      resolve: (doc) =>
        routes.post(postSlugFromPath(doc._raw.sourceFilePath, doc.slug), postLanguageFromPath(doc._raw.sourceFilePath, siteLanguage)),
    },
    // Whole minutes, counted once at build time (Hangul syllables, Latin words, code lines).
    readingTime: { type: 'number', resolve: (doc) => readingMinutes(doc.body.raw, bodyFormatOf(doc._raw.sourceFilePath)) },
    headings: { type: 'json', resolve: (doc) => tableOfContents(doc.body.raw, bodyFormatOf(doc._raw.sourceFilePath)) },
    // The frontmatter's `lastmod`, else the file's last commit (when after `date`), else `date`.
    lastmod: {
      type: 'date',
      resolve: (doc) =>
        lastModified({ lastmod: doc.lastmod, committed: gitDates[doc._raw.sourceFilePath.normalize('NFC')], date: doc.date }),
    },
    // Only posts with math load KaTeX's stylesheet.
    hasMath: { type: 'boolean', resolve: (doc) => hasMath(doc.body.raw, bodyFormatOf(doc._raw.sourceFilePath)) },
    /**
     * The prose search indexes, from the same parse as the fields above: built once here (and kept by
     * contentlayer's cache), not by every build worker that needs the index (1,000 posts: 7.6 s each).
     */
    searchText: { type: 'string', resolve: (doc) => bodyText(doc.body.raw, bodyFormatOf(doc._raw.sourceFilePath)) },
  },
}))

export const Author = defineDocumentType(() => ({
  name: 'Author',
  filePathPattern: 'authors/**/*.mdx',
  contentType: 'markdown',
  fields: {
    name: { type: 'string', required: true },
    avatar: { type: 'string' },
    occupation: { type: 'string' },
    company: { type: 'string' },
    email: { type: 'string' },
    github: { type: 'string' },
    twitter: { type: 'string' },
    linkedin: { type: 'string' },
    links: { type: 'list', of: { type: 'string' } },
  },
  computedFields: {
    id: { type: 'string', resolve: (doc) => doc._raw.flattenedPath.replace(/^authors\//, '') },
  },
}))

// contentlayer would otherwise turn every body into HTML we never use: this
// unified setup parses nothing and prints nothing.
function skipBodyRendering(builder: { use: (plugin: () => void) => unknown }) {
  builder.use(function noop(this: { parser: unknown; compiler: unknown }) {
    this.parser = () => ({ type: 'root', children: [] })
    this.compiler = () => ''
  })
}

export default makeSource({
  contentDirPath,
  documentTypes: [Post, Author],
  // Drafts kept out of the build, and the diagram drawings (scripts/diagrams.mjs), which are no documents.
  contentDirExclude: [...contentDirExcludeDefault, UNPUBLISHED_DIR, DIAGRAM_FOLDER],
  date: { timezone: siteConfig.timeZone },
  markdown: skipBodyRendering as never,
  onExtraFieldData: 'warn',
  onMissingOrIncompatibleData: 'fail',
  disableImportAliasWarning: true,
})
