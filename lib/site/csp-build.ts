// The CSP step after `next build` (scripts/csp.mjs, from `npm run build` and
// `npm run export`): hashes every inline script of every built page.
// - `next start` build: writes <distDir>/csp-manifest.json, read by proxy.server.ts.
// - static export (NEXT_OUTPUT=export): puts the policy into each out/**/*.html as a <meta>.
// Stops with a message naming the file when a page has an inline script
// that must not be allowed (lib/site/csp.ts) or a page renders per request.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { siteConfig } from '../../data/site-config'
import {
  CSP_MANIFEST_FILE,
  NOT_FOUND_PATH,
  contentSecurityPolicy,
  distDir,
  layoutScripts,
  pageScriptHashes,
  UnexpectedInlineScriptError,
  withMetaPolicy,
  type CspManifest,
} from './csp'

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split('\\').join('/'))
    .sort()
}

/** `blog/한글.html` → `/blog/한글`, `index.html` → `/`. */
export function routeOfHtmlFile(file: string): string {
  const route = `/${file.replace(/\.html$/, '')}`
  return route === '/index' ? '/' : route.replace(/\/index$/, '')
}

/** Files in public/ outside the folders the proxy never sees (its matcher skips them). */
function publicFiles(): string[] {
  if (!existsSync('public')) return []
  return readdirSync('public', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${join(entry.parentPath, entry.name).split('\\').join('/').replace(/^public\//, '')}`)
    .filter((path) => !/^\/(static|katex|content-assets)\//.test(path))
}

type Prerender = { routes: Record<string, unknown>; dynamicRoutes: Record<string, unknown> }

/** Page routes Next renders per request: their scripts cannot be known, so the build refuses them. */
function requestTimePages(dist: string, prerender: Prerender): string[] {
  const appPaths = JSON.parse(readFileSync(join(dist, 'app-path-routes-manifest.json'), 'utf8')) as Record<string, string>
  return Object.entries(appPaths)
    .filter(([entry]) => entry.endsWith('/page'))
    .map(([, route]) => route)
    .filter((route) => !(route in prerender.routes) && !(route in prerender.dynamicRoutes))
}

function policyFor(html: string, file: string, layout: ReadonlySet<string>, delivery: 'header' | 'meta') {
  const scriptHashes = pageScriptHashes(html, { file, layout })
  return { policy: contentSecurityPolicy(siteConfig.integrations, { scriptHashes, delivery }), count: scriptHashes.length }
}

function buildManifest(): string {
  const dist = distDir()
  const appDir = join(dist, 'server', 'app')
  const prerender = JSON.parse(readFileSync(join(dist, 'prerender-manifest.json'), 'utf8')) as Prerender
  const dynamic = requestTimePages(dist, prerender)
  if (dynamic.length > 0) {
    throw new UnexpectedInlineScriptError(
      `${dynamic.map((route) => `app${route === '/' ? '' : route}/page.tsx`).join(', ')}: rendered on each request, ` +
        'so the build cannot hash its inline scripts and the Content-Security-Policy would block them. ' +
        'Make it static (no cookies(), headers() or searchParams; generateStaticParams for dynamic segments).',
    )
  }
  const layout = layoutScripts(readFileSync(join(appDir, `${NOT_FOUND_PATH.slice(1)}.html`), 'utf8'))
  const manifest: CspManifest = { pages: {}, files: [] }
  let scripts = 0
  for (const file of htmlFiles(appDir)) {
    const { policy, count } = policyFor(readFileSync(join(appDir, file), 'utf8'), join(appDir, file), layout, 'header')
    manifest.pages[routeOfHtmlFile(file)] = policy
    scripts += count
  }
  manifest.files = [...Object.keys(prerender.routes).filter((route) => !(route in manifest.pages)), ...publicFiles()]
  writeFileSync(join(dist, CSP_MANIFEST_FILE), JSON.stringify(manifest))
  return `${Object.keys(manifest.pages).length} pages, ${scripts} inline script hashes → ${join(dist, CSP_MANIFEST_FILE)}`
}

function addMetaPolicies(): string {
  const out = 'out'
  const notFound = ['404.html', '_not-found.html'].map((name) => join(out, name)).find(existsSync)
  if (!notFound) throw new Error(`${out}/404.html is missing: run the CSP step after \`next build\` of the export.`)
  const layout = layoutScripts(readFileSync(notFound, 'utf8'))
  const files = htmlFiles(out)
  let scripts = 0
  for (const file of files) {
    const path = join(out, file)
    const html = readFileSync(path, 'utf8')
    const { policy, count } = policyFor(html, path, layout, 'meta')
    writeFileSync(path, withMetaPolicy(html, policy))
    scripts += count
  }
  return `${files.length} pages, ${scripts} inline script hashes in a <meta> of each page in ${out}/`
}

export async function main(): Promise<number> {
  try {
    const summary = process.env.NEXT_OUTPUT === 'export' ? addMetaPolicies() : buildManifest()
    console.log(`Content-Security-Policy: ${summary}`)
    return 0
  } catch (error) {
    if (!(error instanceof UnexpectedInlineScriptError)) throw error
    console.error(`\nContent-Security-Policy: the build stops here.\n${error.message}\n`)
    return 1
  }
}
