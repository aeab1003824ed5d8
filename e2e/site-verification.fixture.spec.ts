// The fixture site is built with every search engine's ownership code set
// (scripts/e2e.mjs, VERIFICATION_FIXTURE): each page's <head> carries the
// <meta> tags Google, Naver and Bing look for, and robots.txt Daum's line.
import { expect, test } from '@playwright/test'

const CODES = {
  'google-site-verification': 'e2e-google-code',
  'naver-site-verification': 'e2e-naver-code',
  'msvalidate.01': 'E2EBINGCODE',
}
const DAUM = '#DaumWebMasterTool:0e2e0daum:e2e_id'

for (const path of ['/', '/blog', '/tags']) {
  test(`${path}: the <head> carries each configured verification code once`, async ({ request }) => {
    const html = await (await request.get(path)).text()
    const head = html.slice(0, html.indexOf('</head>'))
    for (const [name, content] of Object.entries(CODES)) {
      const tags = head.match(new RegExp(`<meta name="${name.replace('.', '\\.')}" content="([^"]*)"/>`, 'g')) ?? []
      expect(tags, name).toEqual([`<meta name="${name}" content="${content}"/>`])
    }
  })
}

test("robots.txt starts with Daum's line, lets every crawler in and names the sitemap", async ({ request }) => {
  const response = await request.get('/robots.txt')
  expect(response.headers()['content-type']).toContain('text/plain')
  const lines = (await response.text()).split('\n')
  expect(lines[0]).toBe(DAUM)
  expect(lines).toContain('User-agent: *')
  expect(lines).toContain('Allow: /')
  expect(lines.some((line) => /^Sitemap: https?:\/\/\S+\/sitemap\.xml$/.test(line))).toBe(true)
})
