// A new blog exports: `npm run export` over e2e/fixtures/minimal (one post, no
// tags, no series, no author file) must succeed. `output: 'export'` refuses a
// dynamic route whose generateStaticParams returns nothing, so every dynamic
// route lists a placeholder then (lib/content/route-params.ts).
//
// The export always writes .next and out/ of the folder it runs in, and other
// specs serve this checkout's out/ and .next at the same time: it runs in a
// throwaway copy of the project instead, with node_modules hard-linked.
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { npmRun } from './support/npm-run'
import { projectCopy } from './support/project-copy'
import { siteConfig } from '../data/site-config'
import { t } from '../lib/site/i18n'

const MINIMAL = 'e2e/fixtures/minimal'
const POST_TITLE = '첫 글'
// Measured: 5 min for this export on two cores shared with three other builds
// (load average 25). Three times that, and the copy.
const EXPORT_LIMIT_MS = 15 * 60_000

/** The file a static host serves for a site URL (deploy/nginx/blog.conf: `$uri.html`, `$uri/index.html`, `$uri`). */
function exportedFile(out: string, url: string): string | undefined {
  const path = decodeURIComponent(new URL(url).pathname).replace(/^\/+|\/+$/g, '')
  const candidates = path === '' ? ['index.html'] : [`${path}.html`, join(path, 'index.html'), path]
  return candidates.map((file) => join(out, file)).find((file) => existsSync(file) && statSync(file).isFile())
}

/** What this checkout's served builds look like, to check the copy left them alone. */
function servedBuilds() {
  const read = (file: string) =>
    existsSync(file) ? `${statSync(file).mtimeMs} ${readFileSync(file, 'utf8').length}` : 'missing'
  return { out: read('out/index.html'), sitemap: read('out/sitemap.xml'), next: read('.next/BUILD_ID') }
}

test('npm run export succeeds on a site with one post and no tags, series or author file', async () => {
  test.setTimeout(EXPORT_LIMIT_MS + 2 * 60_000)
  const before = servedBuilds()
  const dir = projectCopy('minimal-export')
  try {
    const { code, output } = await npmRun('export', { cwd: dir, env: { CONTENT_DIR: MINIMAL }, limitMs: EXPORT_LIMIT_MS })
    expect(code, output.slice(-4000)).toBe(0)
    const out = join(dir, 'out')

    // The post is published: on the home page, the blog list and its own page.
    const post = readFileSync(join(out, 'blog', 'first-post.html'), 'utf8')
    expect(post).toMatch(new RegExp(`<h1[^>]*>${POST_TITLE}`))
    for (const page of ['index.html', 'blog.html']) expect(readFileSync(join(out, page), 'utf8')).toContain(POST_TITLE)

    // The placeholders of empty routes are Next's 404 shell (told not to be indexed), never content.
    for (const page of ['tags/_.html', 'tags/_/page/1.html', 'series/_.html', 'authors/_.html']) {
      const html = readFileSync(join(out, page), 'utf8')
      expect(html, page).toContain('<html id="__next_error__">')
      expect(html, page).toContain('<meta name="robots" content="noindex"/>')
      expect(html, page).toContain(t.notFoundTitle)
      expect(html, page).not.toContain(POST_TITLE)
    }

    // The sitemap lists the post and pages that exist, never a placeholder or an empty route.
    const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8')
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])
    const site = siteConfig.siteUrl.replace(/\/$/, '')
    expect(listed).toContain(`${site}/blog/first-post`)
    expect(listed.filter((url) => /\/(tags|series|authors)\/|\/about$|\/_($|\/)/.test(url))).toEqual([])
    for (const url of listed) expect(exportedFile(out, url), url).toBeDefined()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  expect(servedBuilds(), 'out/ and .next of this checkout are left as they were').toEqual(before)
})
