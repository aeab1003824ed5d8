'use client'
import { useState, type FormEvent } from 'react'
import { sitePath } from '@/lib/publishing/routes'
import { t } from '@/lib/site/i18n'
import { HONEYPOT_FIELD } from '@/lib/site/newsletter'

type State = 'idle' | 'sending' | 'done' | 'invalid' | 'limited' | 'failed'

function stateOf(response: Response | null): State {
  if (response?.ok) return 'done'
  if (response?.status === 400) return 'invalid'
  return response?.status === 429 ? 'limited' : 'failed'
}

/** Posts to app/api/newsletter (our own origin; Buttondown's key stays on the server). */
export function NewsletterForm() {
  const [state, setState] = useState<State>('idle')

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setState('sending')
    const response = await fetch(sitePath('/api/newsletter'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: form.get('email'), [HONEYPOT_FIELD]: form.get(HONEYPOT_FIELD) }),
    }).catch(() => null)
    setState(stateOf(response))
  }

  const message = {
    idle: '',
    sending: '',
    done: t.newsletterDone,
    invalid: t.newsletterInvalid,
    limited: t.newsletterRateLimited,
    failed: t.newsletterFailed,
  }[state]
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap gap-2" aria-describedby="newsletter-status">
      <label htmlFor="newsletter-email" className="sr-only">
        {t.newsletterEmail}
      </label>
      <input
        id="newsletter-email"
        name="email"
        type="email"
        required
        autoComplete="email"
        placeholder={t.newsletterEmail}
        className="min-w-0 flex-1 rounded-md border border-gray-300 px-3 py-2 dark:border-gray-700 dark:bg-gray-900"
      />
      {/* The honeypot: off-screen, out of the tab order and hidden from assistive tech, so only bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="newsletter-website">{t.newsletterHoneypot}</label>
        <input id="newsletter-website" name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <button
        type="submit"
        disabled={state === 'sending'}
        className="rounded-md bg-gray-900 px-4 py-2 font-medium text-white disabled:opacity-60 dark:bg-gray-100 dark:text-gray-900"
      >
        {state === 'sending' ? t.newsletterSending : t.newsletterSubmit}
      </button>
      <p id="newsletter-status" role="status" className="w-full text-sm">
        {message}
      </p>
    </form>
  )
}
