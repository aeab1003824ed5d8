import { describe, expect, test, vi } from 'vitest'
import {
  HONEYPOT_FIELD,
  NEWSLETTER_LIMITS,
  createNewsletterGuard,
  createRateLimiter,
  handleNewsletterPost,
  subscribe,
} from '@/lib/site/newsletter'

function fakeFetch(status: number) {
  return vi.fn<typeof fetch>(async () => new Response('{}', { status }))
}

describe('Buttondown sign-up', () => {
  test('posts the address to Buttondown with the server-side key', async () => {
    const fetchImpl = fakeFetch(201)
    expect(await subscribe(' 독자@example.com ', 'secret', fetchImpl)).toBe('invalid-email')
    expect(await subscribe('reader@example.com', 'secret', fetchImpl)).toBe('subscribed')
    const [url, init] = fetchImpl.mock.calls[0]
    expect(url).toBe('https://api.buttondown.com/v1/subscribers')
    expect(init?.method).toBe('POST')
    expect(new Headers(init?.headers).get('Authorization')).toBe('Token secret')
    expect(JSON.parse(String(init?.body))).toEqual({ email_address: 'reader@example.com' })
  })

  test('never calls out for a bad address or without a key', async () => {
    const fetchImpl = fakeFetch(201)
    expect(await subscribe('not an email', 'secret', fetchImpl)).toBe('invalid-email')
    expect(await subscribe(undefined, 'secret', fetchImpl)).toBe('invalid-email')
    expect(await subscribe('reader@example.com', undefined, fetchImpl)).toBe('not-configured')
    expect(fetchImpl).not.toHaveBeenCalled()
  })

  test('a Buttondown outage or network error is a failure, an existing subscriber is not', async () => {
    expect(await subscribe('reader@example.com', 'secret', fakeFetch(500))).toBe('failed')
    expect(await subscribe('reader@example.com', 'secret', fakeFetch(400))).toBe('subscribed')
    const offline = vi.fn<typeof fetch>(async () => Promise.reject(new TypeError('fetch failed')))
    expect(await subscribe('reader@example.com', 'secret', offline)).toBe('failed')
  })
})

// Issue 14, acceptance 3: the route handler itself, called in process.
describe('POST /api/newsletter', () => {
  const SITE = 'https://blog.example.com'

  function post(
    body: BodyInit | null,
    { origin = SITE, address = '203.0.113.7', headers = {} }: { origin?: string | null; address?: string; headers?: Record<string, string> } = {},
  ) {
    return new Request(`${SITE}/api/newsletter`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': address,
        ...(origin === null ? {} : { origin, 'sec-fetch-site': origin === SITE ? 'same-origin' : 'cross-site' }),
        ...headers,
      },
      body,
      duplex: 'half',
    } as RequestInit)
  }
  const email = (address = 'reader@example.com') => JSON.stringify({ email: address, [HONEYPOT_FIELD]: '' })

  function setUp({ now }: { now?: () => number } = {}) {
    const fetchImpl = fakeFetch(201)
    const deps = { enabled: true, siteUrl: SITE, apiKey: 'secret', guard: createNewsletterGuard(now), fetchImpl }
    return { fetchImpl, send: (request: Request) => handleNewsletterPost(request, deps) }
  }

  async function outcome(response: Response) {
    return { status: response.status, body: await response.json() }
  }

  test('a same-origin post subscribes; the answer is the outcome and nothing else', async () => {
    const { send, fetchImpl } = setUp()
    const response = await send(post(email()))
    expect(await outcome(response)).toEqual({ status: 200, body: { outcome: 'subscribed' } })
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(fetchImpl).toHaveBeenCalledOnce()
  })

  test('a cross-site post is refused before anything else happens', async () => {
    const { send, fetchImpl } = setUp()
    expect(await outcome(await send(post(email(), { origin: 'https://evil.example' })))).toEqual({
      status: 403,
      body: { outcome: 'cross-site' },
    })
    // Sec-Fetch-Site alone says so, even with a forged-looking same Origin.
    const sameSite = post(email(), { headers: { 'sec-fetch-site': 'same-site' } })
    expect((await send(sameSite)).status).toBe(403)
    // Neither header: no browser on our page sent it.
    expect((await send(post(email(), { origin: null }))).status).toBe(403)
    // A look-alike origin (another port, http) is another site.
    expect((await send(post(email(), { origin: 'http://blog.example.com' }))).status).toBe(403)
    expect(fetchImpl).not.toHaveBeenCalled()
    // Only Sec-Fetch-Site (an old proxy dropped Origin) is enough when it says same-origin.
    expect((await send(post(email(), { origin: null, headers: { 'sec-fetch-site': 'same-origin' } }))).status).toBe(200)
  })

  test('the origin the request reached counts as our own too (a preview host, localhost)', async () => {
    const { send } = setUp()
    const request = new Request('http://localhost:3000/api/newsletter', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' },
      body: email(),
    })
    expect((await send(request)).status).toBe(200)
  })

  test('a 1 MB body is refused without being read to its end', async () => {
    const { send, fetchImpl } = setUp()
    const chunk = new Uint8Array(16 * 1024).fill(0x20)
    let pulled = 0
    let cancelled = false
    const megabyte = () =>
      new ReadableStream<Uint8Array>({
        pull(controller) {
          if (pulled >= 1024 * 1024) return controller.close()
          pulled += chunk.byteLength
          controller.enqueue(chunk)
        },
        cancel() {
          cancelled = true
        },
      })
    // Streamed, with no Content-Length: read chunk by chunk and dropped at the cap.
    expect(await outcome(await send(post(megabyte())))).toEqual({ status: 413, body: { outcome: 'too-large' } })
    expect(cancelled).toBe(true)
    expect(pulled).toBeLessThanOrEqual(NEWSLETTER_LIMITS.maxBodyBytes + 2 * chunk.byteLength)

    // A declared Content-Length over the cap: refused without reading at all.
    pulled = 0
    cancelled = false
    const declared = post(megabyte(), { headers: { 'content-length': String(1024 * 1024) } })
    expect((await send(declared)).status).toBe(413)
    expect(pulled).toBeLessThanOrEqual(chunk.byteLength)
    expect(fetchImpl).not.toHaveBeenCalled()
  })

  test('the 11th request from one address in a minute gets 429, another address still succeeds', async () => {
    let time = 1_000_000
    const { send } = setUp({ now: () => time })
    for (let i = 1; i <= 10; i++) expect((await send(post(email()))).status, `request ${i}`).toBe(200)
    const limited = await send(post(email()))
    expect(await outcome(limited)).toEqual({ status: 429, body: { outcome: 'rate-limited' } })
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60)
    expect((await send(post(email(), { address: '198.51.100.20' }))).status).toBe(200)
    // A proxy in front appends the address it saw: that one is the client, not what the client claimed.
    expect((await send(post(email(), { address: '198.51.100.20, 203.0.113.7' }))).status).toBe(429)
    time += 60_000
    expect((await send(post(email()))).status).toBe(200)
  })

  test('the whole site has a ceiling, for clients that forge a new address each time', async () => {
    const { send } = setUp({ now: () => 0 })
    const statuses: number[] = []
    for (let i = 0; i < NEWSLETTER_LIMITS.perSite + 5; i++) {
      statuses.push((await send(post(email(), { address: `10.0.${i >> 8}.${i & 255}` }))).status)
    }
    expect(statuses.filter((code) => code === 200)).toHaveLength(NEWSLETTER_LIMITS.perSite)
    expect(statuses.slice(NEWSLETTER_LIMITS.perSite)).toEqual([429, 429, 429, 429, 429])
  })

  test('memory stays bounded over 10,000 distinct addresses', () => {
    let time = 0
    const limiter = createRateLimiter({ limit: 10, windowMs: 60_000, maxKeys: 1_000, now: () => time })
    let largest = 0
    for (let i = 0; i < 10_000; i++) {
      time += 1
      if (!limiter.take(`2001:db8::${i.toString(16)}`).ok) throw new Error(`address ${i} refused`)
      largest = Math.max(largest, limiter.size)
    }
    expect(largest).toBe(1_000)
    // The most recently seen addresses are the ones remembered.
    for (let i = 0; i < 9; i++) limiter.take('2001:db8::270f')
    expect(limiter.take('2001:db8::270f').ok).toBe(false)
    // The shipped guard holds at most its own maximum, through the route.
    const guard = createNewsletterGuard(() => 0)
    for (let i = 0; i < 10_000; i++) guard.perAddress.take(`addr-${i}`)
    expect(guard.perAddress.size).toBe(NEWSLETTER_LIMITS.maxAddresses)
  })

  test('the honeypot field filled in: the same success, and nothing sent to Buttondown', async () => {
    const { send, fetchImpl } = setUp()
    const bot = JSON.stringify({ email: 'bot@example.com', [HONEYPOT_FIELD]: 'https://spam.example' })
    expect(await outcome(await send(post(bot)))).toEqual({ status: 200, body: { outcome: 'subscribed' } })
    expect(fetchImpl).not.toHaveBeenCalled()
  })

  test('an address Buttondown already has gets the same answer as a new one', async () => {
    const known = vi.fn<typeof fetch>(async () => Response.json({ code: 'email_already_exists', detail: 'already subscribed' }, { status: 400 }))
    const deps = { enabled: true, siteUrl: SITE, apiKey: 'secret', guard: createNewsletterGuard() }
    const fresh = await handleNewsletterPost(post(email('new@example.com')), { ...deps, fetchImpl: fakeFetch(201) })
    const again = await handleNewsletterPost(post(email('old@example.com')), { ...deps, fetchImpl: known })
    expect(again.status).toBe(fresh.status)
    expect(await again.text()).toBe(await fresh.text())
  })

  test('errors are plain JSON with no internals', async () => {
    const { send } = setUp()
    const cases: [Request, number, string][] = [
      [post('{"email": '), 400, 'bad-request'],
      [post('[1, 2]'), 400, 'bad-request'],
      [post(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), 400, 'bad-request'],
      [post(JSON.stringify({ email: 'not an address' })), 400, 'invalid-email'],
      [post(email(), { headers: { 'content-type': 'text/plain' } }), 415, 'unsupported-type'],
    ]
    for (const [request, code, name] of cases) {
      const response = await send(request)
      expect(response.headers.get('content-type'), name).toMatch(/^application\/json/)
      expect(await outcome(response), name).toEqual({ status: code, body: { outcome: name } })
    }
    const down = { enabled: true, siteUrl: SITE, guard: createNewsletterGuard() }
    const outage = vi.fn<typeof fetch>(async () => new Response('<html>Traceback (most recent call last)…', { status: 500 }))
    for (const response of [
      await handleNewsletterPost(post(email()), { ...down, apiKey: 'secret', fetchImpl: outage }),
      await handleNewsletterPost(post(email()), { ...down, apiKey: undefined, fetchImpl: outage }),
    ]) {
      expect(await outcome(response)).toEqual({ status: 503, body: { outcome: 'unavailable' } })
    }
    const off = await handleNewsletterPost(post(email()), { ...down, enabled: false, apiKey: 'secret' })
    expect(await outcome(off)).toEqual({ status: 404, body: { outcome: 'not-found' } })
  })

  test('the route handler answers with these checks', async () => {
    vi.resetModules()
    vi.doMock('@/data/site-config', async (importOriginal) => {
      const { siteConfig } = await importOriginal<typeof import('@/data/site-config')>()
      const integrations = { ...siteConfig.integrations, buttondown: { enabled: true } }
      return { siteConfig: { ...siteConfig, siteUrl: SITE, integrations } }
    })
    const buttondown = fakeFetch(201)
    vi.stubGlobal('fetch', buttondown)
    vi.stubEnv('BUTTONDOWN_API_KEY', 'secret')
    try {
      const { POST } = await import('@/app/api/newsletter/route.server')
      expect((await POST(post(email(), { origin: 'https://evil.example' }))).status).toBe(403)
      const statuses = []
      for (let i = 0; i < 11; i++) statuses.push((await POST(post(email(), { address: '192.0.2.1' }))).status)
      expect(statuses).toEqual([...Array(10).fill(200), 429])
      expect((await POST(post(email(), { address: '192.0.2.2' }))).status).toBe(200)
      expect(buttondown).toHaveBeenCalledTimes(11)
      expect(new Headers(buttondown.mock.calls[0][1]?.headers).get('Authorization')).toBe('Token secret')
    } finally {
      vi.doUnmock('@/data/site-config')
      vi.unstubAllGlobals()
      vi.unstubAllEnvs()
    }
  })
})

describe('the sign-up form', () => {
  test('renders the honeypot empty, off-screen, out of the tab order and hidden from assistive tech', async () => {
    const { createElement } = await import('react')
    const { renderToStaticMarkup } = await import('react-dom/server')
    const { NewsletterForm } = await import('@/components/newsletter-form')
    const html = renderToStaticMarkup(createElement(NewsletterForm))
    const wrapper = /<div aria-hidden="true" class="([^"]*)">([\s\S]*?)<\/div>/.exec(html)
    expect(wrapper?.[1]).toContain('-left-[10000px]')
    const input = /<input [^>]*name="website"[^>]*>/.exec(wrapper?.[2] ?? '')?.[0] ?? ''
    expect(input).toContain('tabindex="-1"')
    expect(input).toContain('autoComplete="off"')
    expect(input).toContain('value=""')
    // The address field is the only one a person sees.
    expect(html.match(/<input /g)).toHaveLength(2)
    expect(html).toContain('name="email"')
  })
})
