// The response headers every page gets, from one place: next.config.ts sends
// them on `next start`, and deploy/nginx/security-headers.conf (checked against
// this module by tests/unit/security-headers.test.ts) sends them for out/.
//
// Why `script-src 'unsafe-inline'`: Next inlines the RSC payload of every page
// as <script> tags, and next-themes inlines the script that sets dark mode
// before first paint. Nonces need a server rendering every request (no static
// pages, impossible in a static export); hashes change with every page's
// payload. So inline scripts are allowed, and everything else is locked to our
// own origin: no third-party script, frame or connection unless an integration
// in data/site-config.ts is switched on.
import type { Integrations } from '../../data/site-config'

export type Header = { key: string; value: string }

function origin(url: string): string {
  return new URL(url).origin
}

/** Third-party origins each enabled integration needs, by CSP directive. */
function integrationSources(integrations: Integrations) {
  const script: string[] = []
  const connect: string[] = []
  const frame: string[] = []
  const style: string[] = []
  if (integrations.giscus.enabled) {
    // client.js comes from giscus.app and opens an iframe there.
    script.push('https://giscus.app')
    frame.push('https://giscus.app')
    style.push('https://giscus.app')
  }
  if (integrations.umami.enabled) {
    script.push(origin(integrations.umami.scriptUrl))
    connect.push(origin(integrations.umami.scriptUrl))
  }
  if (integrations.plausible.enabled) {
    script.push(origin(integrations.plausible.scriptUrl))
    connect.push(origin(integrations.plausible.scriptUrl))
  }
  const unique = (list: string[]) => [...new Set(list)]
  return { script: unique(script), connect: unique(connect), frame: unique(frame), style: unique(style) }
}

type Options = {
  /** `next dev`: React's dev build evaluates code for its error overlays. */
  dev?: boolean
}

export function contentSecurityPolicy(integrations: Integrations, { dev = false }: Options = {}): string {
  const extra = integrationSources(integrations)
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : []), ...extra.script]],
    // React and Tailwind set style attributes; next/font and Next's CSS are same-origin.
    ['style-src', ["'self'", "'unsafe-inline'", ...extra.style]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', ["'self'", ...extra.connect]],
    ['frame-src', extra.frame.length > 0 ? extra.frame : ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ]
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ')
}

export function securityHeaders(integrations: Integrations, options: Options = {}): Header[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(integrations, options) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  ]
}

/** The same headers as nginx `add_header` lines (`always`: 404 pages get them too). */
export function nginxHeaderSnippet(headers: Header[]): string {
  const lines = headers.map(({ key, value }) => `add_header ${key} "${value.replace(/"/g, '\\"')}" always;`)
  return [
    '# Generated from lib/site/security-headers.ts: do not edit by hand.',
    '# Regenerate after changing integrations: npm run nginx:headers',
    ...lines,
    '',
  ].join('\n')
}
