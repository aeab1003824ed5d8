import { siteConfig } from '@/data/site-config'
import { t } from '@/lib/site/i18n'
import { NewsletterForm } from './newsletter-form'

// The form posts to a route handler, which a static export does not have.
const isStaticExport = process.env.NEXT_OUTPUT === 'export'

/** Buttondown sign-up, when switched on in data/site-config.ts and served by `next start`. */
export function Newsletter() {
  if (!siteConfig.integrations.buttondown.enabled || isStaticExport) return null
  return (
    <section aria-labelledby="newsletter" className="mx-auto max-w-3xl px-4 pt-8 sm:px-6">
      <h2 id="newsletter" className="text-lg font-bold">
        {t.newsletterTitle}
      </h2>
      <p className="mb-3 text-sm text-gray-500 dark:text-gray-400">{t.newsletterBody}</p>
      <NewsletterForm />
    </section>
  )
}
