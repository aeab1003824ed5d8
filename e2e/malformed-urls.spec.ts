import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { rawGet } from './support/raw-http'

type Case = {
  name: string
  path: string
  repeat?: { text: string; times: number }
  status: number
  location?: string
  final?: number
}

const corpus: { cases: Case[] } = JSON.parse(readFileSync('e2e/corpora/malformed-urls.json', 'utf8'))
const MAX_REDIRECTS = 5

// Signs that a file from outside the site was served.
const LEAKS = [/root:.*:0:0:/, /"name":\s*"hangul-blog"/, /\bPRIVATE KEY\b/]

for (const c of corpus.cases) {
  test(`malformed URL — ${c.name}`, async ({ baseURL }) => {
    const base = baseURL ?? ''
    const path = c.path + (c.repeat ? c.repeat.text.repeat(c.repeat.times) : '')
    let response = await rawGet(base, path)
    expect(response.status, 'first answer').toBe(c.status)
    if (c.location !== undefined) expect(response.location).toBe(c.location)

    // Follow redirects: each stays on this site and the chain ends in a page or a 4xx.
    for (let hop = 0; response.status >= 300 && response.status < 400; hop++) {
      expect(hop, 'redirect chain length').toBeLessThan(MAX_REDIRECTS)
      const location = response.location ?? ''
      const next = new URL(location, base)
      expect(next.origin, `redirect to ${location}`).toBe(new URL(base).origin)
      response = await rawGet(base, next.pathname + next.search)
    }
    expect(response.status, 'never a server error').toBeLessThan(500)
    expect(response.status).toBe(c.final ?? c.status)
    for (const leak of LEAKS) expect(response.body).not.toMatch(leak)
  })
}

test('the corpus covers every route prefix and case the issue lists', () => {
  const paths = corpus.cases.map((c) => c.path)
  for (const prefix of ['/', '/blog/', '/blog/page/', '/tags/', '/tags/%ED%9A%8C%EA%B3%A0/page/']) {
    for (const suffix of ['%', '%A0', '%ED%9A', '%00', '..%2F..%2Fetc%2Fpasswd', '0', '-1', '1e9', 'abc']) {
      expect(paths).toContain(prefix + suffix)
    }
  }
  expect(corpus.cases.some((c) => c.repeat && c.repeat.times >= 4096)).toBe(true)
})
