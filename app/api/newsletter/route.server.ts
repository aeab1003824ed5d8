// POST /api/newsletter {"email": "..."}: subscribes the reader on Buttondown
// (the checks are in lib/site/newsletter.ts).
// `next start` only: the `.server.ts` extension keeps this file out of the
// static export, which has no server to run it (see next.config.ts).
import { siteConfig } from '@/data/site-config'
import { createNewsletterGuard, handleNewsletterPost } from '@/lib/site/newsletter'

// One per server process: the rate limits count across requests.
const guard = createNewsletterGuard()

export function POST(request: Request) {
  return handleNewsletterPost(request, {
    enabled: siteConfig.integrations.buttondown.enabled,
    siteUrl: siteConfig.siteUrl,
    apiKey: process.env.BUTTONDOWN_API_KEY,
    guard,
  })
}
