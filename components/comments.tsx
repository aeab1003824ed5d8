import { siteConfig } from '@/data/site-config'
import { t as siteDictionary, type Dictionary } from '@/lib/site/i18n'
import { GiscusComments } from './giscus-comments'

/** Comments under a post, when giscus is switched on in data/site-config.ts. */
export function Comments({ t = siteDictionary }: { t?: Dictionary }) {
  const { giscus } = siteConfig.integrations
  if (!giscus.enabled) return null
  return (
    <section aria-labelledby="comments" className="mt-12 border-t border-gray-200 pt-8 dark:border-gray-800">
      <h2 id="comments" className="mb-4 text-xl font-bold">
        {t.comments}
      </h2>
      <GiscusComments config={giscus} lang={t.lang} />
    </section>
  )
}
