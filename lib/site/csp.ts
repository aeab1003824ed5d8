// The Content-Security-Policy, from one place, without 'unsafe-inline' or
// 'unsafe-eval' in script-src (outside `next dev`).
//
// Every page is prerendered, so its inline scripts are known once the build
// has written its HTML: Next's RSC payload chunks (`self.__next_f.push(…)`),
// Turbopack's chunk list, and the scripts the root layout renders on every
// page (next-themes' no-flash theme script). `npm run build` / `npm run
// export` hash them afterwards (lib/site/csp-build.ts) and the policy lists
// exactly those hashes: as a header per page on `next start` (proxy.server.ts
// reads the manifest), as a <meta> in each file of the static export.
//
// A hash allows whatever it hashes, so not every inline script is hashed: a
// script must be pure data in Next's or Turbopack's wrapper (checked by
// parsing it), or byte for byte one of the layout's own scripts as they
// appear on the 404 page, which no post reaches. Anything else, such as a
// <script> let through from a post, is left out (so the browser blocks it)
// and fails the build with its file and line.
//
// Styles keep 'unsafe-inline': KaTeX positions every glyph with a style
// attribute and Shiki colours tokens the same way; attributes cannot be
// hashed short of 'unsafe-hashes' with one hash per distinct value. With
// img-src, font-src and connect-src on our own origin, injected CSS has
// nowhere to send what it reads.
import { createHash } from 'node:crypto'
import type { Integrations } from '../../data/site-config'
import { YOUTUBE_ORIGIN } from './embeds'

export const CSP_MANIFEST_FILE = 'csp-manifest.json'
/** Next's prerendered 404 page: what every unknown URL is answered with. */
export const NOT_FOUND_PATH = '/_not-found'

export type CspManifest = {
  /** decoded pathname (`/tags/회고`) → that page's policy, with its script hashes */
  pages: Record<string, string>
  /** everything else the build serves at a path of its own (feeds, images, public/ files) */
  files: string[]
}

/** Where `next build` put the site: next.config.ts reads the same variable. */
export function distDir(): string {
  return process.env.NEXT_DIST_DIR || '.next'
}

function origin(url: string): string {
  return new URL(url).origin
}

/** Third-party origins each enabled integration needs, by CSP directive. */
export function integrationSources(integrations: Integrations) {
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

export type CspOptions = {
  /** `next dev`: pages render per request (nothing to hash) and React's dev build evaluates code. */
  dev?: boolean
  /** `'sha256-…'` sources of the page's inline scripts */
  scriptHashes?: readonly string[]
  /**
   * `meta`: the policy goes into the page itself, where frame-ancestors is
   * ignored (Chrome warns about it), so it is left to the host's header.
   */
  delivery?: 'header' | 'meta'
  /** frame origins the page's own embeds need (lib/site/embeds.ts: embedFrameSources of its HTML) */
  frames?: readonly string[]
}

/** Directives that only work as a header (CSP3 §6.1: ignored in a <meta>). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox'])

function directives(integrations: Integrations, { dev = false, scriptHashes = [], frames = [] }: CspOptions): [string, string[]][] {
  const extra = integrationSources(integrations)
  // `next dev` renders per request, so no page's HTML is known ahead: the player is allowed on all of them.
  const frame = [...new Set([...extra.frame, ...frames, ...(dev ? [YOUTUBE_ORIGIN] : [])])]
  const scripts = dev ? ["'unsafe-inline'", "'unsafe-eval'"] : [...new Set(scriptHashes)]
  return [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...scripts, ...extra.script]],
    // See the top of this file for why styles keep 'unsafe-inline'.
    ['style-src', ["'self'", "'unsafe-inline'", ...extra.style]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', ["'self'", ...extra.connect]],
    ['frame-src', frame.length > 0 ? frame : ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ]
}

function serialize(list: [string, string[]][]): string {
  return list.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ')
}

export function contentSecurityPolicy(integrations: Integrations, options: CspOptions = {}): string {
  const list = directives(integrations, options)
  return serialize(options.delivery === 'meta' ? list.filter(([name]) => !HEADER_ONLY.has(name)) : list)
}

/**
 * What a static host sends with an HTML page whose policy is in its <meta>:
 * the header-only directives, plus the ones that also guard a page whose meta
 * went missing. No default-src or script-src: two policies are both enforced,
 * so a script-src here would block the hashed scripts the meta allows.
 */
export function hostHtmlPolicy(): string {
  return "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'"
}

// ---------------------------------------------------------------------------
// Inline scripts of a built page

export type InlineScript = { attributes: string; text: string; offset: number }

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi
const RAW_TEXT = /<(style|textarea|title)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi

/**
 * Every <script> without `src` in a page, with its text exactly as the
 * browser hashes it. Comments and other raw-text elements are blanked first,
 * so a `<script` inside them is not taken for one.
 */
export function inlineScripts(html: string): InlineScript[] {
  const masked = html.replace(RAW_TEXT, (match) => ' '.repeat(match.length))
  const found: InlineScript[] = []
  for (const match of masked.matchAll(SCRIPT)) {
    const attributes = match[1]
    if (/\bsrc\s*=/i.test(attributes)) continue
    const start = (match.index ?? 0) + match[0].indexOf('>') + 1
    found.push({ attributes, text: html.slice(start, start + match[2].length), offset: match.index ?? 0 })
  }
  return found
}

/** Scripts of a type the browser does not run (JSON-LD, templates) are data: CSP does not apply. */
export function isExecutable(script: Pick<InlineScript, 'attributes'>): boolean {
  const type = /\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(script.attributes)
  if (!type) return true
  const value = (type[1] ?? type[2] ?? type[3]).trim().toLowerCase()
  return value === '' || value === 'module' || /^(text|application)\/(x-)?(java|ecma)script$/.test(value)
}

/** `'sha256-…'` of a script's text. HTML parsing turns CRLF and lone CR into LF before the browser hashes. */
export function scriptHash(text: string): string {
  const normalized = text.replace(/\r\n?/g, '\n')
  return `'sha256-${createHash('sha256').update(normalized, 'utf8').digest('base64')}'`
}

function parsesAsJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

const NEXT_BOOTSTRAP = '(self.__next_f=self.__next_f||[]).push([0])'
const NEXT_CHUNK = /^self\.__next_f\.push\(([\s\S]*)\)$/
const TURBOPACK_CHUNKS = /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(([\s\S]*)\);$/

/**
 * Next's and Turbopack's inline scripts: a fixed wrapper around JSON. The
 * JSON is parsed, so nothing but data can hide inside (Next escapes `<` in it).
 */
export function isFrameworkData(text: string): boolean {
  if (text === NEXT_BOOTSTRAP) return true
  const chunk = NEXT_CHUNK.exec(text)
  if (chunk) {
    const value = parsesAsJson(chunk[1])
    return (
      Array.isArray(value) &&
      typeof value[0] === 'number' &&
      value.slice(1).every((item) => typeof item === 'string' || item === null)
    )
  }
  const turbopack = TURBOPACK_CHUNKS.exec(text)
  if (turbopack) {
    const value = parsesAsJson(turbopack[1])
    return typeof value === 'object' && value !== null && !Array.isArray(value)
  }
  return false
}

/**
 * The layout's own inline scripts (the theme script), taken from the 404 page:
 * every page carries them, and no post or tag reaches that page.
 */
export function layoutScripts(notFoundHtml: string): Set<string> {
  return new Set(
    inlineScripts(notFoundHtml)
      .filter((script) => isExecutable(script) && !isFrameworkData(script.text))
      .map((script) => script.text),
  )
}

function lineOf(html: string, offset: number): number {
  return html.slice(0, offset).split('\n').length
}

/**
 * The hashes a page needs, and one message per inline script that is neither
 * framework data nor the layout's own (naming the file, line and script):
 * those are left unhashed, so the browser blocks them.
 */
export function pageScriptHashes(
  html: string,
  { file, layout }: { file: string; layout: ReadonlySet<string> },
): { hashes: string[]; rejected: string[] } {
  const hashes: string[] = []
  const rejected: string[] = []
  for (const script of inlineScripts(html).filter(isExecutable)) {
    if (isFrameworkData(script.text) || layout.has(script.text)) {
      hashes.push(scriptHash(script.text))
      continue
    }
    const preview = script.text.length > 120 ? `${script.text.slice(0, 120)}…` : script.text
    rejected.push(`${file}:${lineOf(html, script.offset)}: <script${script.attributes}>${preview}</script>`)
  }
  return { hashes: [...new Set(hashes)], rejected }
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

const META_CSP = /<meta http-equiv="Content-Security-Policy"[^>]*>/i

/**
 * The page with its policy in a <meta> as the first thing after the charset:
 * a policy applies only to what comes after it, so it precedes every script
 * and stylesheet. Running it twice replaces the first one.
 */
export function withMetaPolicy(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}"/>`
  if (META_CSP.test(html)) return html.replace(META_CSP, meta)
  const charset = /<meta charSet="utf-8"\s*\/?>/i.exec(html)
  const head = /<head\b[^>]*>/i.exec(html)
  const anchor = charset ?? head
  if (!anchor) throw new Error('no <head> to put the Content-Security-Policy <meta> in')
  const at = anchor.index + anchor[0].length
  return html.slice(0, at) + meta + html.slice(at)
}
