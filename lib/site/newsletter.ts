// Buttondown sign-up for app/api/newsletter. The API key stays on the server
// (BUTTONDOWN_API_KEY); the browser only ever talks to our own route.
const BUTTONDOWN_SUBSCRIBERS = 'https://api.buttondown.com/v1/subscribers'

export type SubscribeOutcome = 'subscribed' | 'invalid-email' | 'not-configured' | 'failed'

export function isEmail(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)
}

export async function subscribe(
  email: unknown,
  apiKey: string | undefined,
  fetchImpl: typeof fetch = fetch,
): Promise<SubscribeOutcome> {
  if (!isEmail(email)) return 'invalid-email'
  if (!apiKey) return 'not-configured'
  try {
    const response = await fetchImpl(BUTTONDOWN_SUBSCRIBERS, {
      method: 'POST',
      headers: { Authorization: `Token ${apiKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ email_address: email.trim() }),
      signal: AbortSignal.timeout(10_000),
    })
    // Buttondown answers 400 for an address it already has: for the reader
    // that is the same outcome (they will get no second confirmation mail).
    return response.ok || response.status === 400 ? 'subscribed' : 'failed'
  } catch {
    return 'failed'
  }
}

export const outcomeStatus: Record<SubscribeOutcome, number> = {
  subscribed: 200,
  'invalid-email': 400,
  'not-configured': 503,
  failed: 502,
}
