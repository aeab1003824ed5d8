// The diagram step of scripts/prepare.mjs: every ```mermaid fence of the
// content folder drawn once, light and dark, into `<content folder>/.diagrams/`
// (lib/markdown/diagrams.ts puts them inline). A drawing is kept by the hash of
// its source, so a rebuild draws only new or changed diagrams, and the folder,
// committed, serves a host with no browser. Drawing needs Chromium, found the
// way the tests find it; with none (or DIAGRAMS_BROWSER=off), undrawn fences
// are named in one warning line per file and left to the reader's browser,
// which loads mermaid's own ES module build from public/mermaid/ (copied here,
// only then: Next never bundles mermaid, which cost 6 s of every compile).
// `node scripts/diagrams.mjs` runs it alone; `npm run dev` also draws a fence
// added or changed while it runs (watchDiagrams).
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, watch, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { importTs } from './lib/typescript.mjs'

const ROOT = join(import.meta.dirname, '..')
const require = createRequire(import.meta.url)

/**
 * mermaid's ES module build (an entry and the chunks it imports per diagram
 * type, no source maps) into public/ at routes.mermaidModule(), for
 * components/diagram-drawer.tsx. Renamed `.mjs` → `.js`, imports too: a browser
 * runs a module only with a JavaScript MIME type, which nginx's and many
 * hosts' tables give `.js` and not `.mjs`. Added, never removed, like
 * copy-assets.mjs's files: the e2e run builds two corpora that share public/.
 */
function offerMermaidToBrowsers(moduleUrl) {
  const dist = dirname(require.resolve('mermaid/dist/mermaid.esm.min.mjs'))
  const entry = join(ROOT, 'public', moduleUrl)
  const chunks = join('chunks', 'mermaid.esm.min')
  const copy = (from, to) => writeFileSync(to, readFileSync(from, 'utf8').replace(/(["']\.\/[\w./-]+)\.mjs(["'])/g, '$1.js$2'))
  mkdirSync(join(dirname(entry), chunks), { recursive: true })
  copy(join(dist, 'mermaid.esm.min.mjs'), entry)
  for (const name of readdirSync(join(dist, chunks))) {
    if (name.endsWith('.mjs')) copy(join(dist, chunks, name), join(dirname(entry), chunks, name.replace(/\.mjs$/, '.js')))
  }
}

/** The files of a content folder with one of `extensions`, outside dot-folders (`.diagrams`, `.git`). */
function postFiles(dir, extensions) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') return []
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return postFiles(path, extensions)
    return extensions.some((extension) => entry.name.endsWith(extension)) ? [path] : []
  })
}

/** A ```mermaid or ~~~mermaid fence, maybe: the parser decides. */
const MAYBE_FENCE = /(`{3,}|~{3,})[ \t]*mermaid/

/** Frontmatter blanked to empty lines, so the body's lines keep their numbers in the file. */
const withoutFrontmatter = (text) => text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, (block) => block.replace(/[^\n]/g, ''))

async function launchBrowser() {
  if (process.env.DIAGRAMS_BROWSER === 'off') return { reason: 'DIAGRAMS_BROWSER=off' }
  try {
    const { chromium } = await import('@playwright/test')
    const { findChromium } = await import('./test-deps.mjs')
    const executablePath = findChromium()
    if (executablePath === null) return { reason: 'no Chromium found: install chromium or set CHROMIUM_PATH' }
    const browser = await chromium.launch({
      executablePath,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    })
    return { browser }
  } catch (error) {
    return { reason: `no browser to draw with (${String(error.message ?? error).split('\n')[0]})` }
  }
}

/** A page that has mermaid and the site's font, which mermaid measures labels in. */
async function drawingPage(browser, fontFamily) {
  const page = await browser.newPage()
  // Nothing leaves the machine while drawing.
  await page.route(/^(?!data:|about:)/, (route) => route.abort())
  const font = join(dirname(require.resolve('pretendard/package.json')), 'dist', 'web', 'variable', 'woff2', 'PretendardVariable.woff2')
  const face = `@font-face { font-family: '${fontFamily}'; font-weight: 45 920; src: url(data:font/woff2;base64,${readFileSync(font).toString('base64')}) format('woff2'); }`
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${face}</style></head><body></body></html>`)
  await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') })
  await page.evaluate((family) => document.fonts.load(`16px '${family}'`, '가A'), fontFamily)
  return page
}

/**
 * Draws what is missing, in every post file or only in `files` (absolute paths).
 * Returns `{ drawn, cached, pending, errors }`: counts, and `file:line: message`
 * for each fence mermaid could not read. `prune` removes drawings no fence uses;
 * `quiet` says nothing when nothing was drawn.
 */
export async function drawDiagrams({ contentDir = resolve(ROOT, process.env.CONTENT_DIR ?? 'data'), files, prune = true, quiet = false } = {}) {
  const { DIAGRAM_FOLDER, DIAGRAM_THEMES, DIAGRAM_FONT, diagramFileName, diagramId, mermaidConfig } = await importTs('lib/markdown/diagram-config.ts')
  const { POST_FILE_EXTENSIONS, bodyFormatOf } = await importTs('lib/markdown/format.ts')
  const folder = join(contentDir, DIAGRAM_FOLDER)
  const display = (file) => (relative(ROOT, file).startsWith('..') ? file : relative(ROOT, file) || file)

  const fences = []
  let markdown
  for (const file of files ?? (existsSync(contentDir) ? postFiles(contentDir, POST_FILE_EXTENSIONS) : [])) {
    if (!existsSync(file)) continue
    const text = readFileSync(file, 'utf8')
    // Only a file that may hold a fence is parsed: at 1,000 posts, parsing them all took 11 s of every build.
    if (!MAYBE_FENCE.test(text)) continue
    markdown ??= await importTs('lib/markdown/diagrams.ts')
    try {
      for (const fence of markdown.diagramFences(withoutFrontmatter(text), bodyFormatOf(file))) fences.push({ ...fence, file })
    } catch {
      // A body that does not parse is the content check's to report, with its line.
    }
  }
  const diagramFile = (key, theme) => join(folder, diagramFileName(key, theme))
  const missing = (fence) => DIAGRAM_THEMES.some((theme) => !existsSync(diagramFile(fence.key, theme)))
  const toDraw = [...new Map(fences.filter(missing).map((fence) => [fence.key, fence])).values()]
  const result = { drawn: 0, cached: new Set(fences.filter((fence) => !missing(fence)).map((f) => f.key)).size, pending: 0, errors: [] }

  if (prune && existsSync(folder)) {
    // Drawings of fences that are gone (edited or deleted) go too, so the committed folder holds only what is used.
    const used = new Set(fences.flatMap((fence) => DIAGRAM_THEMES.map((theme) => diagramFileName(fence.key, theme))))
    for (const name of readdirSync(folder)) if (name.endsWith('.svg') && !used.has(name)) rmSync(join(folder, name))
  }

  const started = Date.now()
  if (toDraw.length > 0) {
    const { browser, reason } = await launchBrowser()
    if (!browser) {
      const byFile = new Map()
      for (const fence of fences.filter(missing)) byFile.set(fence.file, (byFile.get(fence.file) ?? 0) + 1)
      for (const [file, count] of byFile) {
        console.warn(`diagrams: ${display(file)}: ${count} diagram(s) not drawn (${reason}); readers' browsers will draw them`)
      }
      result.pending = toDraw.length
    } else {
      try {
        const page = await drawingPage(browser, DIAGRAM_FONT.split(',')[0].replaceAll("'", '').trim())
        mkdirSync(folder, { recursive: true })
        for (const fence of toDraw) {
          try {
            const svgs = []
            for (const theme of DIAGRAM_THEMES) {
              svgs.push(
                await page.evaluate(
                  async ({ id, source, config }) => {
                    // `mermaid` is the page's global, from mermaid.min.js.
                    mermaid.initialize(config)
                    return (await mermaid.render(id, source)).svg
                  },
                  { id: diagramId(fence.key, theme), source: fence.source, config: mermaidConfig(theme) },
                ),
              )
            }
            DIAGRAM_THEMES.forEach((theme, i) => writeFileSync(diagramFile(fence.key, theme), `${svgs[i]}\n`))
            result.drawn++
          } catch (error) {
            const message = String(error.message ?? error).replace(/^page\.evaluate: (Error: )?/, '').split('\n').slice(0, 3).join(' ')
            result.errors.push(`${display(fence.file)}:${fence.line}: this mermaid diagram cannot be drawn: ${message}. Fix the fence (https://mermaid.js.org/intro/syntax-reference.html lists the syntax).`)
          }
        }
      } finally {
        await browser.close()
      }
    }
  }
  if (fences.some(missing)) offerMermaidToBrowsers((await importTs('lib/publishing/routes.ts')).routes.mermaidModule())
  if (fences.length > 0 && !(quiet && result.drawn + result.pending === 0)) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    console.log(`diagrams: ${result.drawn} drawn, ${result.cached} from cache (${display(folder)}), ${result.pending} left to readers' browsers in ${seconds} s`)
  }
  for (const error of result.errors) console.error(`diagrams: ${error}`)
  return result
}

/** In `npm run dev`: a post saved with a new diagram gets its drawing a moment later (the page shows it on reload; until then the reader's-browser drawing stands in). */
export function watchDiagrams(contentDir = resolve(ROOT, process.env.CONTENT_DIR ?? 'data')) {
  // Until a new fence's drawing is made (or when it cannot be), the page draws it with mermaid in the browser.
  importTs('lib/publishing/routes.ts')
    .then(({ routes }) => offerMermaidToBrowsers(routes.mermaidModule()))
    .catch((error) => console.error(`diagrams: ${error.message}`))
  const changed = new Set()
  let timer
  let running = Promise.resolve()
  if (!existsSync(contentDir)) return
  watch(contentDir, { recursive: true }, (_event, name) => {
    if (!name || !/\.mdx?$/i.test(name) || name.split(/[\\/]/).some((part) => part.startsWith('.'))) return
    changed.add(join(contentDir, name))
    clearTimeout(timer)
    timer = setTimeout(() => {
      const files = [...changed]
      changed.clear()
      running = running.then(() => drawDiagrams({ contentDir, files, prune: false, quiet: true })).catch((error) => console.error(`diagrams: ${error.message}`))
    }, 300)
  })
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { errors } = await drawDiagrams()
  if (errors.length > 0) process.exit(1)
}
