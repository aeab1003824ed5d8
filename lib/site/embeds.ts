// Third-party players a post may embed, and what the CSP needs for them.
/** The privacy-enhanced YouTube player: no cookies until the reader plays. */
export const YOUTUBE_ORIGIN = 'https://www.youtube-nocookie.com'

/** A YouTube video id: 11 letters, digits, `-` or `_`. */
export const YOUTUBE_ID = /^[\w-]{11}$/

export function youtubeEmbedUrl(id: string): string {
  return `${YOUTUBE_ORIGIN}/embed/${encodeURIComponent(id)}?autoplay=1`
}

/** Frame origins a built page's HTML needs: the player's only when the page has a `<YouTube>` poster. */
export function embedFrameSources(html: string): string[] {
  return /<figure\b[^>]*\sdata-embed="youtube"/.test(html) ? [YOUTUBE_ORIGIN] : []
}
