import { describe, expect, test, vi } from 'vitest'
import { subscribe } from '@/lib/site/newsletter'

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
