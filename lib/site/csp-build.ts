// The CSP step after `next build` (scripts/csp.mjs, from `npm run build` and
// `npm run export`): hashes every inline script of every built page.
// - `next start` build: writes <distDir>/csp-manifest.json, read by proxy.server.ts.
// - static export (NEXT_OUTPUT=export): puts the policy into each out/**/*.html as a <meta>,
//   and writes out/_headers (lib/site/security-headers.ts) for hosts that read one.
// Fails, naming file and line, when a page has an inline script that must not
// be allowed (lib/site/csp.ts) or a page renders per request; the pages it
// leaves behind still carry their policy, with the offending script blocked.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { siteConfig } from '../../data/site-config'
import {
  CSP_MANIFEST_FILE,
  NOT_FOUND_PATH,
  contentSecurityPolicy,
  distDir,
  layoutScripts,
  pageScriptHashes,
  withMetaPolicy,
  type CspManifest,
} from './csp'
import { hostHeadersFile, securityHeaders } from './security-headers'
import { embedFrameSources } from './embeds'

function htmlFiles(dir: string): string[] {
  // Files only: a route whose last segment ends in .html has a folder of that name for its payloads.
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort()
}

/** `blog/한글.html` → `/blog/한글`, `index.html` → `/`. */
export function routeOfHtmlFile(file: string): string {
  const route = `/${file.replace(/\.html$/, '')}`
  return route === '/index' ? '/' : route.replace(/\/index$/, '')
}

/** Files in public/ outside the folders the proxy never sees (its matcher skips them). */
function publicFiles(dir = 'public'): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/')}`)
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

type Result = { summary: string; problems: string[] }

function policyFor(html: string, file: string, layout: ReadonlySet<string>, delivery: 'header' | 'meta') {
  const { hashes, rejected } = pageScriptHashes(html, { file, layout })
  const frames = embedFrameSources(html)
  return { policy: contentSecurityPolicy(siteConfig.integrations, { scriptHashes: hashes, delivery, frames }), hashes, rejected }
}

/** `next start` build: the manifest proxy.server.ts reads. */
export function buildManifest(dist = distDir()): Result {
  const appDir = join(dist, 'server', 'app')
  const prerender = JSON.parse(readFileSync(join(dist, 'prerender-manifest.json'), 'utf8')) as Prerender
  const problems = requestTimePages(dist, prerender).map(
    (route) =>
      `app${route === '/' ? '' : route}/page.tsx renders on each request, so its inline scripts cannot be hashed ` +
      'and the browser blocks them: make it static (no cookies(), headers() or searchParams; ' +
      'generateStaticParams for its dynamic segments).',
  )
  const layout = layoutScripts(readFileSync(join(appDir, `${NOT_FOUND_PATH.slice(1)}.html`), 'utf8'))
  const manifest: CspManifest = { pages: {}, files: [] }
  let scripts = 0
  for (const file of htmlFiles(appDir)) {
    const page = policyFor(readFileSync(join(appDir, file), 'utf8'), join(appDir, file), layout, 'header')
    manifest.pages[routeOfHtmlFile(file)] = page.policy
    scripts += page.hashes.length
    problems.push(...page.rejected)
  }
  manifest.files = [...Object.keys(prerender.routes).filter((route) => !(route in manifest.pages)), ...publicFiles()]
  writeFileSync(join(dist, CSP_MANIFEST_FILE), JSON.stringify(manifest))
  const pages = Object.keys(manifest.pages).length
  return { summary: `${pages} pages, ${scripts} inline script hashes → ${join(dist, CSP_MANIFEST_FILE)}`, problems }
}

/** Static export: the policy into each page. */
export function addMetaPolicies(out = 'out'): Result {
  const notFound = ['404.html', '_not-found.html'].map((name) => join(out, name)).find(existsSync)
  if (!notFound) throw new Error(`${out}/404.html is missing: run the CSP step after \`next build\` of the export.`)
  const layout = layoutScripts(readFileSync(notFound, 'utf8'))
  const files = htmlFiles(out)
  const problems: string[] = []
  let scripts = 0
  for (const file of files) {
    const path = join(out, file)
    const html = readFileSync(path, 'utf8')
    const page = policyFor(html, path, layout, 'meta')
    writeFileSync(path, withMetaPolicy(html, page.policy))
    scripts += page.hashes.length
    problems.push(...page.rejected)
  }
  return { summary: `${files.length} pages, ${scripts} inline script hashes in a <meta> of each page in ${out}/`, problems }
}

export async function main(): Promise<number> {
  const isExport = process.env.NEXT_OUTPUT === 'export'
  const { summary, problems } = isExport ? addMetaPolicies() : buildManifest()
  console.log(`Content-Security-Policy: ${summary}`)
  if (isExport) {
    writeFileSync(join('out', '_headers'), hostHeadersFile(securityHeaders(siteConfig.integrations, { siteUrl: siteConfig.siteUrl })))
    console.log('Security headers for Netlify and Cloudflare Pages → out/_headers')
  }
  if (problems.length === 0) return 0
  console.error(
    [
      '',
      `Content-Security-Policy: ${problems.length} inline script(s) the policy does not allow, so browsers block them:`,
      ...problems.map((problem) => `  ${problem}`),
      'Only Next’s own payload and the scripts of the root layout (app/layout.tsx) are hashed. If a post renders',
      'one of these, load the code from a file instead (a component, or a file in public/ in a <script src>);',
      'if the site itself needs it, render it from the layout. The build is written, with these scripts blocked.',
      '',
    ].join('\n'),
  )
  return 1
}
