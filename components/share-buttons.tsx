'use client'
import { useDictionary } from './language-context'
import { useState, useSyncExternalStore } from 'react'

const noop = () => () => {}
/** The Web Share API (how a phone reaches KakaoTalk and the like); false while prerendering. */
const useCanShare = () =>
  useSyncExternalStore(
    noop,
    () => typeof navigator.share === 'function',
    () => false,
  )

async function copy(text: string) {
  if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text)
  // Plain-http hosts have no Clipboard API: the old way still works there.
  const field = Object.assign(document.createElement('textarea'), { value: text })
  document.body.append(field)
  field.select()
  document.execCommand('copy')
  field.remove()
}

/**
 * Share a post: the system share sheet where the browser has one, a copy-link button everywhere, and plain links to
 * X and Facebook. No third-party script and no request until the reader clicks.
 */
export function ShareButtons({ url, title }: { url: string; title: string }) {
  const t = useDictionary()
  const canShare = useCanShare()
  const [copied, setCopied] = useState(false)
  const buttonClass =
    'rounded-md border border-gray-300 px-3 py-1.5 text-sm font-medium hover:bg-gray-100 dark:border-gray-700 dark:hover:bg-gray-800'
  const encoded = encodeURIComponent(url)
  return (
    <section aria-label={t.sharePost} className="mt-10 flex flex-wrap items-center gap-2">
      <h2 className="me-2 text-sm font-semibold text-gray-700 dark:text-gray-300">{t.share}</h2>
      {canShare && (
        <button
          type="button"
          className={buttonClass}
          onClick={() => navigator.share({ title, url }).catch(() => {} /* the reader closed the sheet */)}
        >
          {t.shareVia}
        </button>
      )}
      <button
        type="button"
        className={buttonClass}
        onClick={async () => {
          await copy(url)
          setCopied(true)
          setTimeout(() => setCopied(false), 2000)
        }}
      >
        {copied ? t.linkCopied : t.copyLink}
      </button>
      <a
        className={buttonClass}
        href={`https://x.com/intent/post?url=${encoded}&text=${encodeURIComponent(title)}`}
        target="_blank"
        rel="noopener noreferrer"
      >
        {t.shareOnX}
      </a>
      <a
        className={buttonClass}
        href={`https://www.facebook.com/sharer/sharer.php?u=${encoded}`}
        target="_blank"
        rel="noopener noreferrer"
      >
        {t.shareOnFacebook}
      </a>
      <span role="status" className="sr-only">
        {copied ? t.linkCopied : ''}
      </span>
    </section>
  )
}
