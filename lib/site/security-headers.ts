// The response headers every page gets, from one place: next.config.ts sends
// them on `next start`, deploy/nginx/security-headers.conf (checked against
// this module by tests/unit/security-headers.test.ts) sends them for out/, and
// the export writes them to out/_headers for Netlify and Cloudflare Pages.
//
// The Content-Security-Policy itself is in lib/site/csp.ts. The one sent here
// has no hashes, so it allows no inline script at all: it is what every
// response gets, and proxy.server.ts replaces it on each prerendered page with
// that page's own policy (lib/site/csp-manifest.ts).
import type { Integrations } from '../../data/site-config'
import { contentSecurityPolicy, hostHtmlPolicy } from './csp'

export type Header = { key: string; value: string }

type Options = {
  /** `next dev`: React's dev build evaluates code for its error overlays. */
  dev?: boolean
  /**
   * The site's public URL: an https one makes browsers remember to use https
   * (HSTS). One year, this host only: `includeSubDomains` and `preload` commit
   * every subdomain for good, so they are the writer's call (docs/deploy.md).
   */
  siteUrl?: string
}

export const HSTS = 'max-age=31536000'

export function securityHeaders(integrations: Integrations, { dev = false, siteUrl }: Options = {}): Header[] {
  const https = !dev && siteUrl !== undefined && new URL(siteUrl).protocol === 'https:'
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(integrations, { dev }) },
    // Our pages share no window with other sites' popups or openers.
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    ...(https ? [{ key: 'Strict-Transport-Security', value: HSTS }] : []),
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  ]
}

/** nginx's name for the CSP it picks by content type (security-headers-map.conf). */
export const NGINX_CSP_VARIABLE = '$hangul_blog_csp'

function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

const GENERATED = [
  '# Generated from lib/site/security-headers.ts: do not edit by hand.',
  '# Regenerate after changing integrations or siteUrl: npm run nginx:headers',
]

/**
 * The headers as nginx `add_header` lines (`always`: 404 pages get them too).
 * The CSP is a variable: HTML pages carry their own policy, with their script
 * hashes, in a <meta>; see nginxCspMap.
 */
export function nginxHeaderSnippet(headers: Header[]): string {
  const lines = headers.map(({ key, value }) =>
    key === 'Content-Security-Policy'
      ? `add_header ${key} ${NGINX_CSP_VARIABLE} always;`
      : `add_header ${key} ${quote(value)} always;`,
  )
  return [...GENERATED, ...lines, ''].join('\n')
}

/**
 * The http-level `map` behind that variable: HTML pages get only the
 * directives a <meta> cannot carry (their full policy is in the page, put
 * there by the export's CSP step), everything else (SVG, feeds, scripts) the
 * whole policy with no inline script allowed.
 */
export function nginxCspMap(headers: Header[]): string {
  const full = headers.find((header) => header.key === 'Content-Security-Policy')?.value ?? ''
  return [
    ...GENERATED,
    '# Included at http { } level by blog.conf (a map cannot live inside server { }).',
    `map $sent_http_content_type ${NGINX_CSP_VARIABLE} {`,
    `    ~^text/html ${quote(hostHtmlPolicy())};`,
    `    default ${quote(full)};`,
    '}',
    '',
  ].join('\n')
}

/** Where scripts could hide in a file that is not a page: SVG images, feeds. */
const NON_PAGE_PATHS = ['/static/*', '/content-assets/*', '/*.svg', '/*.xml', '/*.json']

/**
 * out/_headers, the file Netlify and Cloudflare Pages read: the same headers.
 * Their rules cannot tell an HTML page from an SVG, and every rule a path
 * matches applies (a repeated header is joined with a comma: both policies are
 * enforced). So every path gets what a <meta> cannot carry, as nginx gives
 * pages, and the paths that hold no page add the whole policy, which lets no
 * script run.
 */
export function hostHeadersFile(headers: Header[]): string {
  const full = headers.find((header) => header.key === 'Content-Security-Policy')?.value ?? ''
  const everyPath = headers.map(({ key, value }) => `  ${key}: ${key === 'Content-Security-Policy' ? hostHtmlPolicy() : value}`)
  return [
    '# Generated from lib/site/security-headers.ts by `npm run export`: do not edit by hand.',
    '/*',
    ...everyPath,
    ...NON_PAGE_PATHS.flatMap((path) => [path, `  Content-Security-Policy: ${full}`]),
    '',
  ].join('\n')
}
