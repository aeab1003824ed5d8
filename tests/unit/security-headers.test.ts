import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { siteConfig, type Integrations } from '@/data/site-config'
import { contentSecurityPolicy, nginxHeaderSnippet, securityHeaders } from '@/lib/site/security-headers'

const off: Integrations = {
  giscus: { enabled: false, repo: 'me/blog', repoId: 'R', category: 'Comments', categoryId: 'C', mapping: 'pathname', reactionsEnabled: true },
  umami: { enabled: false, websiteId: 'w', scriptUrl: 'https://umami.example.org/script.js' },
  plausible: { enabled: false, domain: 'blog.example.com', scriptUrl: 'https://plausible.io/js/script.js' },
  buttondown: { enabled: false },
}

function directives(csp: string) {
  return new Map(csp.split('; ').map((part) => [part.split(' ')[0], part.split(' ').slice(1)]))
}

describe('security headers', () => {
  test('with every integration off, only our own origin may load anything', () => {
    const csp = directives(contentSecurityPolicy(off))
    expect(csp.get('default-src')).toEqual(["'self'"])
    expect(csp.get('script-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(csp.get('connect-src')).toEqual(["'self'"])
    expect(csp.get('frame-src')).toEqual(["'none'"])
    expect(csp.get('frame-ancestors')).toEqual(["'none'"])
    expect(contentSecurityPolicy(off)).not.toMatch(/https:/)
  })

  test('each integration adds exactly its own hosts', () => {
    const giscus = directives(contentSecurityPolicy({ ...off, giscus: { ...off.giscus, enabled: true } }))
    expect(giscus.get('script-src')).toContain('https://giscus.app')
    expect(giscus.get('frame-src')).toEqual(['https://giscus.app'])
    expect(giscus.get('connect-src')).toEqual(["'self'"])

    const umami = directives(contentSecurityPolicy({ ...off, umami: { ...off.umami, enabled: true } }))
    expect(umami.get('script-src')).toEqual(["'self'", "'unsafe-inline'", 'https://umami.example.org'])
    expect(umami.get('connect-src')).toEqual(["'self'", 'https://umami.example.org'])

    const plausible = directives(contentSecurityPolicy({ ...off, plausible: { ...off.plausible, enabled: true } }))
    expect(plausible.get('script-src')).toEqual(["'self'", "'unsafe-inline'", 'https://plausible.io'])
  })

  test('only next dev may eval', () => {
    expect(contentSecurityPolicy(off)).not.toContain('unsafe-eval')
    expect(contentSecurityPolicy(off, { dev: true })).toContain("'unsafe-eval'")
  })

  test('the full set: CSP, nosniff, DENY framing, referrer and permissions policies', () => {
    expect(securityHeaders(off).map((header) => header.key)).toEqual([
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'X-Frame-Options',
      'Referrer-Policy',
      'Permissions-Policy',
    ])
  })

  // The nginx example must send what `next start` sends. After changing an
  // integration, `npm run nginx:headers` rewrites the file.
  test('deploy/nginx/security-headers.conf carries exactly the headers of the site config', async () => {
    await expect(nginxHeaderSnippet(securityHeaders(siteConfig.integrations))).toMatchFileSnapshot(
      '../../deploy/nginx/security-headers.conf',
    )
    const conf = readFileSync('deploy/nginx/security-headers.conf', 'utf8')
    for (const { key, value } of securityHeaders(siteConfig.integrations)) {
      expect(conf).toContain(`add_header ${key} "${value}" always;`)
    }
  })
})
