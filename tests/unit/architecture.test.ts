// The folders are the architecture: these rules keep them honest.
// - One Markdown pipeline: only lib/markdown/ builds unified processors or
//   loads remark/rehype/MDX packages; the page renderer is the one other door.
// - lib/ is the code under the site: it never imports components/ or app/.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = process.cwd()

/** Every source file of the checkout, tracked or new (not ignored). */
function sourceFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
  return listed
    .split('\n')
    .filter((file) => /\.(?:[cm]?[jt]s|[jt]sx)$/.test(file) && !file.endsWith('.d.ts') && !file.endsWith('.d.mts'))
    .filter((file) => {
      try {
        readFileSync(join(root, file))
        return true
      } catch {
        return false // deleted in the working tree, not yet committed
      }
    })
}

/** The module specifiers a file imports: static, side-effect, re-export, dynamic and require. */
function importsOf(source: string): string[] {
  const found: string[] = []
  for (const match of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(['"])([^'"\n]+)\1/g)) {
    found.push(match[2])
  }
  return found
}

const MARKDOWN_PACKAGE = /^(?:unified|remark|rehype|micromark|mdast-util-from-markdown)(?:$|[-/])|^(?:remark|rehype)-|^@mdx-js\//
const isMarkdownPackage = (specifier: string) => MARKDOWN_PACKAGE.test(specifier)

const files = sourceFiles().map((file) => ({ file, imports: importsOf(readFileSync(join(root, file), 'utf8')) }))

/** Where a specifier of `file` points inside the checkout (`components/x`), or undefined for a package. */
function target(file: string, specifier: string): string | undefined {
  if (specifier.startsWith('@/')) return specifier.slice(2)
  if (specifier.startsWith('.')) return relative(root, join(root, dirname(file), specifier)).split(sep).join('/')
  return undefined
}

describe('architecture', () => {
  it('reads imports the way the rules below need (the scanner itself works)', () => {
    expect(importsOf("import a from 'x'\nimport 'y'\nexport { b } from \"z\"\nawait import('w')\nrequire('v')")).toEqual(['x', 'y', 'z', 'w', 'v'])
    expect(['unified', 'remark-gfm', 'rehype-katex', '@mdx-js/mdx', 'remark', 'micromark-util-types'].every(isMarkdownPackage)).toBe(true)
    expect(['unist-util-visit', 'mdast-util-to-string', 'hast', 'react-remark-x'].some(isMarkdownPackage)).toBe(false)
    const parser = files.find(({ file }) => file === 'lib/markdown/parser.ts')
    expect(parser?.imports).toContain('unified')
    expect(files.length).toBeGreaterThan(50)
  })

  it('only lib/markdown/ imports unified, @mdx-js/*, remark-* or rehype-*', () => {
    const offenders = files.flatMap(({ file, imports }) =>
      file.startsWith('lib/markdown/') ? [] : imports.filter(isMarkdownPackage).map((specifier) => `${file} imports ${specifier}`),
    )
    expect(offenders).toEqual([])
  })

  it('only lib/markdown/compile-cache.ts compiles MDX (next-mdx-remote), with the plugin lists of lib/markdown/', () => {
    const users = files.filter(({ imports }) => imports.some((specifier) => specifier.startsWith('next-mdx-remote')))
    expect(users.map(({ file }) => file)).toEqual(['lib/markdown/compile-cache.ts'])
    expect(users[0].imports).toContain('./mdx-options')
  })

  it('lib/ never imports components/ or app/', () => {
    const offenders = files.flatMap(({ file, imports }) =>
      file.startsWith('lib/')
        ? imports
            .filter((specifier) => /^(?:components|app)(?:\/|$)/.test(target(file, specifier) ?? ''))
            .map((specifier) => `${file} imports ${specifier}`)
        : [],
    )
    expect(offenders).toEqual([])
  })
})
