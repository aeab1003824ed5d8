'use client'
import { useState, type FormEvent } from 'react'
import { t } from '@/lib/site/i18n'

type State = 'idle' | 'sending' | 'done' | 'invalid' | 'failed'

/** Posts to app/api/newsletter (our own origin; Buttondown's key stays on the server). */
export function NewsletterForm() {
  const [state, setState] = useState<State>('idle')

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const email = new FormData(event.currentTarget).get('email')
    setState('sending')
    const response = await fetch('/api/newsletter', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email }),
    }).catch(() => null)
    setState(response?.ok ? 'done' : response?.status === 400 ? 'invalid' : 'failed')
  }

  const message = { idle: '', sending: '', done: t.newsletterDone, invalid: t.newsletterInvalid, failed: t.newsletterFailed }[
    state
  ]
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
