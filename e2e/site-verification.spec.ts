// As shipped, no search engine's code is configured (data/site-config.ts): no
// verification <meta> on the real site, and no Daum line in robots.txt.
import { expect, test } from '@playwright/test'
import { SERVERS } from './support/servers'

for (const { name, url: base } of SERVERS) {
  test(`${name}: no verification tag and no Daum line when none is configured`, async ({ request }) => {
    const html = await (await request.get(`${base}/`)).text()
    expect(html).toContain('<meta property="og:title"')
    expect(html).not.toMatch(/google-site-verification|naver-site-verification|msvalidate\.01/)
    const robots = await (await request.get(`${base}/robots.txt`)).text()
    expect(robots).toContain('User-agent: *')
    expect(robots).not.toContain('DaumWebMasterTool')
  })
}
