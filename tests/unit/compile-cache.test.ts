// lib/markdown/compile-cache.ts: a post body is compiled once and reused by
// later builds, until the body or a file the compile read changes.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { compilePost } from '@/lib/markdown/compile-cache'

const bib = (title: string) => `@book{knuth1984,\n  author = {Knuth, Donald E.},\n  title = {${title}},\n  publisher = {Addison-Wesley},\n  year = {1984}\n}\n`

describe('the compile cache', { timeout: 60_000 }, () => {
  let dir: string
  let cache: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'compile-cache-'))
    cache = join(dir, 'cache')
    process.env.BLOG_CACHE_DIR = cache
  })
  afterEach(() => {
    delete process.env.BLOG_CACHE_DIR
    rmSync(dir, { recursive: true, force: true })
  })

  it('reuses the stored compile of an unchanged body, and compiles a changed body anew', async () => {
    const first = await compilePost('## 제목\n\n본문 하나.', {})
    expect(first).toContain('본문 하나.')
    const [entry] = readdirSync(join(cache, 'mdx'))
    // A second compile of the same body is read from the cache: a marked entry comes back as stored.
    const file = join(cache, 'mdx', entry)
    const stored = JSON.parse(readFileSync(file, 'utf8'))
    writeFileSync(file, JSON.stringify({ ...stored, code: stored.code.replace('본문 하나.', '캐시에서 읽음.') }))
    expect(await compilePost('## 제목\n\n본문 하나.', {})).toContain('캐시에서 읽음.')
    const changed = await compilePost('## 제목\n\n본문 둘.', {})
    expect(changed).toContain('본문 둘.')
    expect(readdirSync(join(cache, 'mdx'))).toHaveLength(2)
  })

  it('compiles again when a file the compile read changed (a bibliography)', async () => {
    const bibliography = join(dir, 'refs.bib')
    writeFileSync(bibliography, bib('The TeXbook'))
    const source = '조판은 TeX에서 왔다 [@knuth1984].'
    expect(await compilePost(source, { bibliography })).toContain('The TeXbook')
    writeFileSync(bibliography, bib('The METAFONTbook'))
    const again = await compilePost(source, { bibliography })
    expect(again).toContain('The METAFONTbook')
    expect(again).not.toContain('The TeXbook')
  })

  it('records the files a compile read relative to the project, so a cache restored into another checkout checks its own files', async () => {
    const inside = mkdtempSync(join(process.cwd(), '.compile-cache-test-'))
    try {
      const bibliography = join(inside, 'refs.bib')
      writeFileSync(bibliography, bib('The TeXbook'))
      await compilePost('조판 [@knuth1984].', { bibliography })
      const [entry] = readdirSync(join(cache, 'mdx'))
      const { files } = JSON.parse(readFileSync(join(cache, 'mdx', entry), 'utf8'))
      expect(Object.keys(files)).toEqual([relative(process.cwd(), bibliography)])
      // Read back through the relative path: an unchanged file still hits.
      writeFileSync(join(cache, 'mdx', entry), readFileSync(join(cache, 'mdx', entry), 'utf8').replace('The TeXbook', 'From the cache'))
      expect(await compilePost('조판 [@knuth1984].', { bibliography })).toContain('From the cache')
    } finally {
      rmSync(inside, { recursive: true, force: true })
    }
  })

  it('is off when BLOG_CACHE_DIR says so', async () => {
    process.env.BLOG_CACHE_DIR = 'off'
    expect(await compilePost('끈 캐시.', {})).toContain('끈 캐시.')
    expect(() => readdirSync(cache)).toThrow()
  })
})
