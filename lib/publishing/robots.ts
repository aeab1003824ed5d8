// robots.txt: every crawler may read everything (Google, Naver's Yeti, Daum,
// Bing), and finds the sitemap here. Daum 웹마스터도구 checks ownership by a
// comment line of its own in this file rather than a <meta>.
import { siteConfig, type SiteVerification } from '@/data/site-config'
import { absoluteUrl, routes } from './routes'

const DAUM_LINE = /^#DaumWebMasterTool:\S+$/

export function robotsTxt(verification: SiteVerification = siteConfig.verification): string {
  const daum = verification.daum.trim()
  if (daum && !DAUM_LINE.test(daum)) {
    throw new Error(
      `data/site-config.ts: verification.daum is "${daum}", not the line Daum 웹마스터도구 shows ` +
        '(#DaumWebMasterTool:<code>:<id>). Paste that whole line, or leave it empty.',
    )
  }
  return [
    ...(daum ? [daum] : []),
    'User-agent: *',
    'Allow: /',
    '',
    `Sitemap: ${absoluteUrl(routes.sitemap())}`,
    '',
  ].join('\n')
}
