// POST /api/newsletter {"email": "..."}: subscribes the reader on Buttondown.
// `next start` only: the `.server.ts` extension keeps this file out of the
// static export, which has no server to run it (see next.config.ts).
import { siteConfig } from '@/data/site-config'
import { outcomeStatus, subscribe } from '@/lib/site/newsletter'

export async function POST(request: Request) {
  if (!siteConfig.integrations.buttondown.enabled) return new Response('Not Found', { status: 404 })
  const body: unknown = await request.json().catch(() => null)
  const email = typeof body === 'object' && body !== null && 'email' in body ? body.email : undefined
  const outcome = await subscribe(email, process.env.BUTTONDOWN_API_KEY)
  return Response.json({ outcome }, { status: outcomeStatus[outcome] })
}
