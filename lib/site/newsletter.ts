// The newsletter endpoint (app/api/newsletter): Buttondown sign-up behind the
// defences a public form needs. The API key stays on the server
// (BUTTONDOWN_API_KEY); the browser only ever talks to our own route.
//
// In order, each step cheaper than the next: same-origin check, per-address
// and site-wide rate limits, JSON content type, body size cap (read as a
// stream, never whole), honeypot, address check, Buttondown. Every answer is
// `{ "outcome": … }` and nothing else: no stack, no upstream status, and the
// same answer whether or not the address was already subscribed.
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

/** What the route answers, and nothing more: `{ outcome }` with its status. */
export type PublicOutcome =
  | 'subscribed'
  | 'invalid-email'
  | 'bad-request'
  | 'cross-site'
  | 'too-large'
  | 'unsupported-type'
  | 'rate-limited'
  | 'unavailable'
  | 'not-found'

const status: Record<PublicOutcome, number> = {
  subscribed: 200,
  'invalid-email': 400,
  'bad-request': 400,
  'cross-site': 403,
  'not-found': 404,
  'too-large': 413,
  'unsupported-type': 415,
  'rate-limited': 429,
  unavailable: 503,
}

export const NEWSLETTER_LIMITS = {
  /** `{"email": …, "website": ""}` with the longest valid address is ~300 bytes. */
  maxBodyBytes: 2048,
  /** per client address, per window */
  perAddress: 10,
  /** the whole site, per window: the ceiling when addresses are forged or many */
  perSite: 100,
  windowMs: 60_000,
  /** addresses remembered at once; the least recently seen is forgotten first */
  maxAddresses: 5_000,
}

/** The form's honeypot: hidden from people, filled in by bots that fill in every field. */
export const HONEYPOT_FIELD = 'website'

export type RateLimiter = {
  /** Counts one request for `key`; `retryAfter` (seconds) when over the limit. */
  take(key: string): { ok: true } | { ok: false; retryAfter: number }
  /** how many keys are remembered now */
  readonly size: number
}

/**
 * Fixed-window counter per key in a Map kept in least-recently-seen order, so
 * memory stays at `maxKeys` entries however many addresses come by.
 */
export function createRateLimiter(options: {
  limit: number
  windowMs: number
  maxKeys: number
  now?: () => number
}): RateLimiter {
  const { limit, windowMs, maxKeys, now = Date.now } = options
  const windows = new Map<string, { start: number; count: number }>()
  return {
    take(key) {
      const time = now()
      const previous = windows.get(key)
      const entry = previous && time - previous.start < windowMs ? previous : { start: time, count: 0 }
      entry.count += 1
      // Re-inserting moves the key to the newest end of the Map's order.
      windows.delete(key)
      windows.set(key, entry)
      while (windows.size > maxKeys) windows.delete(windows.keys().next().value as string)
      if (entry.count <= limit) return { ok: true }
      return { ok: false, retryAfter: Math.max(1, Math.ceil((entry.start + windowMs - time) / 1000)) }
    },
    get size() {
      return windows.size
    },
  }
}

/**
 * The address a request came from. Next passes the client's X-Forwarded-For
 * through and only fills it in (with the socket address) when it is missing,
 * so the last entry is what the nearest proxy saw. Behind nginx or Vercel that
 * is the reader; a bare `next start` facing the internet lets a client pick
 * its own, which is why there is a site-wide ceiling too (docs/deploy.md).
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',').at(-1)?.trim()
  return forwarded || headers.get('x-real-ip')?.trim() || 'unknown'
}

/**
 * A post from one of our own pages. Browsers send `Origin` on every POST and
 * `Sec-Fetch-Site` since 2020-23; either one saying "another site" refuses
 * the request, and one of them must say "this site".
 */
export function isSameOrigin(headers: Headers, ownOrigins: readonly string[]): boolean {
  const fetchSite = headers.get('sec-fetch-site')
  if (fetchSite !== null && fetchSite !== 'same-origin') return false
  const origin = headers.get('origin')
  if (origin !== null) return ownOrigins.includes(origin)
  return fetchSite === 'same-origin'
}

/** The body as text, or `null` once it passes `maxBytes`: a larger body is never read to its end. */
export async function readCappedText(request: Request, maxBytes: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > maxBytes) {
    await request.body?.cancel().catch(() => {})
    return null
  }
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => {})
      return null
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
}

export type NewsletterGuard = { perAddress: RateLimiter; perSite: RateLimiter }

export function createNewsletterGuard(now?: () => number): NewsletterGuard {
  const { perAddress, perSite, windowMs, maxAddresses } = NEWSLETTER_LIMITS
  return {
    perAddress: createRateLimiter({ limit: perAddress, windowMs, maxKeys: maxAddresses, now }),
    perSite: createRateLimiter({ limit: perSite, windowMs, maxKeys: 1, now }),
  }
}

export type NewsletterDeps = {
  enabled: boolean
  siteUrl: string
  apiKey: string | undefined
  guard: NewsletterGuard
  fetchImpl?: typeof fetch
}

function answer(outcome: PublicOutcome, headers: Record<string, string> = {}): Response {
  return Response.json({ outcome }, { status: status[outcome], headers: { 'Cache-Control': 'no-store', ...headers } })
}

function parseJsonObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null
  } catch {
    return null
  }
}

async function handle(request: Request, deps: NewsletterDeps): Promise<Response> {
  if (!deps.enabled) return answer('not-found')
  const ownOrigins = [new URL(deps.siteUrl).origin, new URL(request.url).origin]
  if (!isSameOrigin(request.headers, ownOrigins)) return answer('cross-site')

  const limited =
    [deps.guard.perAddress.take(clientAddress(request.headers)), deps.guard.perSite.take('site')].find((taken) => !taken.ok)
  if (limited && !limited.ok) return answer('rate-limited', { 'Retry-After': String(limited.retryAfter) })

  const type = request.headers.get('content-type')?.split(';')[0].trim().toLowerCase()
  if (type !== 'application/json') return answer('unsupported-type')
  const text = await readCappedText(request, NEWSLETTER_LIMITS.maxBodyBytes).catch(() => undefined)
  if (text === null) return answer('too-large')
  const fields = text === undefined ? null : parseJsonObject(text)
  if (!fields) return answer('bad-request')

  // A bot filled in the hidden field: it sees success and Buttondown sees nothing.
  const honeypot = fields[HONEYPOT_FIELD]
  if (honeypot !== undefined && honeypot !== '') return answer('subscribed')

  const outcome = await subscribe(fields.email, deps.apiKey, deps.fetchImpl)
  if (outcome === 'not-configured') console.error('newsletter: BUTTONDOWN_API_KEY is not set on the server')
  return answer(outcome === 'not-configured' || outcome === 'failed' ? 'unavailable' : outcome)
}

/** POST /api/newsletter `{"email": "…"}`. */
export async function handleNewsletterPost(request: Request, deps: NewsletterDeps): Promise<Response> {
  try {
    return await handle(request, deps)
  } catch (error) {
    // Logged here, never sent: the reader gets the same plain answer as for an outage.
    console.error('newsletter:', error)
    return answer('unavailable')
  }
}
