// Search engines' ownership checks (issue 13): a <meta> for Google, Naver and
// Bing, a robots.txt line for Daum, and nothing at all when none is configured.
import { describe, expect, test } from 'vitest'
import { siteConfig } from '@/data/site-config'
import { verificationMetadata } from '@/lib/publishing/metadata'
import { robotsTxt } from '@/lib/publishing/robots'

const none = { google: '', naver: '', bing: '', daum: '' }

describe('site verification', () => {
  test('as shipped, no engine is configured: no verification metadata, no Daum line', () => {
    expect(siteConfig.verification).toEqual(none)
    expect(verificationMetadata(none)).toBeUndefined()
    expect(robotsTxt(none)).not.toContain('DaumWebMasterTool')
  })

  test('each engine configured adds exactly its own tag', () => {
    expect(verificationMetadata({ ...none, google: 'g-code' })).toEqual({ google: 'g-code' })
    expect(verificationMetadata({ ...none, naver: 'n-code' })).toEqual({ other: { 'naver-site-verification': 'n-code' } })
    expect(verificationMetadata({ ...none, bing: 'b-code', naver: 'n-code' })).toEqual({
      other: { 'naver-site-verification': 'n-code', 'msvalidate.01': 'b-code' },
    })
    // Daum's check lives in robots.txt, never in a <meta>.
    expect(verificationMetadata({ ...none, daum: '#DaumWebMasterTool:abc:def' })).toBeUndefined()
  })

  test("robots.txt lets every crawler in, names the sitemap, and carries Daum's line first when configured", () => {
    const plain = robotsTxt(none)
    expect(plain).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${siteConfig.siteUrl.replace(/\/$/, '')}/sitemap.xml\n`)
    const line = '#DaumWebMasterTool:0a1b2c3d4e5f:AbC_d-9'
    expect(robotsTxt({ ...none, daum: line }).split('\n')[0]).toBe(line)
  })

  test('a Daum value that is not the line its tool shows stops the build, naming the field', () => {
    expect(() => robotsTxt({ ...none, daum: '0a1b2c3d' })).toThrow(/verification\.daum .*#DaumWebMasterTool/)
  })
})
