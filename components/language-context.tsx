'use client'
import { createContext, useContext, type ReactNode } from 'react'
import { dictionaryFor, language, type Dictionary } from '@/lib/site/i18n'
import type { Locale } from '@/data/site-config'

// The language of what is around a client component: the site's, or a
// translated post's (components/post-layout.tsx). Server components get their
// strings as a `t` prop instead.
const LanguageContext = createContext<Locale>(language)

export function LanguageProvider({ lang, children }: { lang: Locale; children: ReactNode }) {
  return <LanguageContext value={lang}>{children}</LanguageContext>
}

/** The UI strings in the language of the surrounding post. */
export function useDictionary(): Dictionary {
  return dictionaryFor(useContext(LanguageContext))
}
