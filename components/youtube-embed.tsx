'use client'

import { useEffect, useState } from 'react'
import { t } from '@/lib/site/i18n'
import { YOUTUBE_ORIGIN, youtubeEmbedUrl } from '@/lib/site/embeds'

/**
 * `<YouTube id="…" />` in a post: a neutral poster and a play button, and
 * nothing else until the reader clicks. No request leaves the site before the
 * click (no thumbnail from YouTube, no player script); then the privacy-enhanced
 * player (youtube-nocookie.com) loads in place. The page's CSP allows that frame
 * only because the build saw `data-embed="youtube"` in it (lib/site/csp-build.ts).
 * A page reached by client-side navigation keeps the policy of the page the
 * reader came from, which blocks the frame: then the page reloads (with its own
 * policy) and plays.
 */
const RELOADED_TO_PLAY = 'youtube-embed:play'

export function YouTubeEmbed({ id, title }: { id: string; title?: string }) {
  const [playing, setPlaying] = useState(false)
  const label = title ?? t.youtubeVideo
  useEffect(() => {
    if (sessionStorage.getItem(RELOADED_TO_PLAY) !== id) return
    sessionStorage.removeItem(RELOADED_TO_PLAY)
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the reader already clicked, before the reload
    setPlaying(true)
  }, [id])
  useEffect(() => {
    if (!playing) return
    const blocked = (event: SecurityPolicyViolationEvent) => {
      if (!event.blockedURI.startsWith(YOUTUBE_ORIGIN)) return
      sessionStorage.setItem(RELOADED_TO_PLAY, id)
      window.location.reload()
    }
    document.addEventListener('securitypolicyviolation', blocked)
    return () => document.removeEventListener('securitypolicyviolation', blocked)
  }, [playing, id])
  return (
    <figure className="not-prose my-6 aspect-video w-full overflow-hidden rounded-lg bg-gray-900" data-embed="youtube">
      {playing ? (
        <iframe
          src={youtubeEmbedUrl(id)}
          title={label}
          className="h-full w-full border-0"
          allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
        />
      ) : (
        <button
          type="button"
          onClick={() => setPlaying(true)}
          className="focus-visible:ring-accent-500 flex h-full w-full flex-col items-center justify-center gap-3 text-white focus-visible:ring-4 focus-visible:outline-none"
        >
          <svg aria-hidden="true" viewBox="0 0 68 48" className="h-12 w-16">
            <path d="M66.5 7.7A8.5 8.5 0 0 0 60.5 1.7C55.2.3 34 .3 34 .3s-21.2 0-26.5 1.4a8.5 8.5 0 0 0-6 6C.1 13 .1 24 .1 24s0 11 1.4 16.3a8.5 8.5 0 0 0 6 6C12.8 47.7 34 47.7 34 47.7s21.2 0 26.5-1.4a8.5 8.5 0 0 0 6-6C67.9 35 67.9 24 67.9 24s0-11-1.4-16.3z" fill="#e33" />
            <path d="M45 24 27 14v20z" fill="#fff" />
          </svg>
          <span className="px-4 text-center text-sm font-medium">{t.playVideo(label)}</span>
        </button>
      )}
    </figure>
  )
}
