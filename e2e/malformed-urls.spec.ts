// The malformed-URL corpus (e2e/corpora/malformed-urls.json) against both
// ways the site is served: `next start` and out/ behind nginx
// (deploy/nginx/blog.conf). A case's `status`/`location`/`final` is what
// `next start` answers; its `export` outcome, where present, is nginx's when
// that differs (nginx refuses bad escapes, NUL and `..` above the root itself,
// and does not check UTF-8).
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { rawGet } from './support/raw-http'
import { SERVERS } from './support/servers'

type Outcome = { status: number; location?: string; final?: number }
type Case = Outcome & {
  name: string
  path: string
  repeat?: { text: string; times: number }
  export?: Outcome
}

const corpus: { cases: Case[] } = JSON.parse(readFileSync('e2e/corpora/malformed-urls.json', 'utf8'))
const MAX_REDIRECTS = 5

// Signs that a file from outside the site was served: /etc/passwd, the
// project's package.json, a private key, the nginx config.
const LEAKS = [/root:.*:0:0:/, /"name":\s*"hangul-blog"/, /\bPRIVATE KEY\b/, /\btry_files\b|\bserver_name\b|\badd_header\b/]

for (const server of SERVERS) {
  const isExport = server.name === 'nginx export'
  test.describe(server.name, () => {
    for (const c of corpus.cases) {
      const expected: Outcome = (isExport && c.export) || c
      test(`malformed URL — ${c.name}`, async () => {
        const base = server.url
        const path = c.path + (c.repeat ? c.repeat.text.repeat(c.repeat.times) : '')
        let response = await rawGet(base, path)
        expect(response.status, 'first answer').toBe(expected.status)
        if (expected.location !== undefined) expect(response.location).toBe(expected.location)

        // Follow redirects: each stays on this site and the chain ends in a page or a 4xx.
        for (let hop = 0; response.status >= 300 && response.status < 400; hop++) {
          expect(hop, 'redirect chain length').toBeLessThan(MAX_REDIRECTS)
          const location = response.location ?? ''
          const next = new URL(location, base)
          expect(next.origin, `redirect to ${location}`).toBe(new URL(base).origin)
          response = await rawGet(base, next.pathname + next.search)
        }
        expect(response.status, 'never a server error').toBeLessThan(500)
        expect(response.status).toBe(expected.final ?? expected.status)
        for (const leak of LEAKS) expect(response.body).not.toMatch(leak)
      })
    }
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

test('each export outcome is a 4xx, or a redirect that ends in a page or a 404', () => {
  for (const { name, export: outcome } of corpus.cases) {
    if (!outcome) continue
    const end = outcome.final ?? outcome.status
    const redirect = outcome.status >= 300 && outcome.status < 400
    expect(redirect ? outcome.location : end, name).toBeDefined()
    expect(end === 200 || (end >= 400 && end < 500), `${name}: ends in ${end}`).toBe(true)
  }
})
