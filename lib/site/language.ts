// The languages of the site and of its posts. A post is in the site's language
// unless its file name says otherwise (`foo.en.mdx`, lib/content/slug.ts).
import { siteConfig } from '../../data/site-config'

/** Languages a post may be written in: the UI has strings for each (./i18n.ts). */
export const POST_LANGUAGES = ['ko', 'en'] as const
export type PostLanguage = (typeof POST_LANGUAGES)[number]

/** `ko-KR` → `ko`. */
export function languageOfLocale(locale: string): PostLanguage {
  return locale.toLowerCase().startsWith('en') ? 'en' : 'ko'
}

/** The site's language: its lists, feeds, search and UI are in it. */
export const siteLanguage: PostLanguage = languageOfLocale(siteConfig.locale)

/** The BCP 47 tag of a language as the site writes it: the site's own locale, else `en-US` / `ko-KR`. */
export function localeOf(lang: PostLanguage): string {
  if (lang === siteLanguage) return siteConfig.locale
  return lang === 'en' ? 'en-US' : 'ko-KR'
}

/** A post's language (contentlayer's `lang`, lib/content/slug.ts: postLanguageFromPath). */
export function postLanguage(post: { lang: string }): PostLanguage {
  return POST_LANGUAGES.find((lang) => lang === post.lang) ?? siteLanguage
}
