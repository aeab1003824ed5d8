// The benchmark corpus must be the same on every run (or the numbers of two
// commits are not comparable) and must look like real writing.
import { readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { makePost, writeCorpus } from '../../scripts/bench/corpus.mjs'

const written: string[] = []
afterAll(() => written.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

describe('benchmark corpus', () => {
  it('gives the same files for the same seed and different ones for another seed', () => {
    expect(makePost(7, 1)).toEqual(makePost(7, 1))
    expect(makePost(7, 2).text).not.toBe(makePost(7, 1).text)
  })

  it('writes Korean and English posts with headings, code, a table and lists', () => {
    const korean = makePost(1, 1).text
    const english = makePost(2, 1).text
    expect(korean).toMatch(/^title: '.*[가-힣].*'$/m)
    expect(english).toMatch(/^title: 'Notes on /m)
    for (const text of [korean, english]) {
      expect(text).toMatch(/^## /m)
      expect(text).toMatch(/^### /m)
      expect(text).toMatch(/^```\w+$/m)
      expect(text).toMatch(/^\| --- \| ---: \| ---: \|$/m)
      expect(text).toMatch(/^- /m)
      expect(text).toMatch(/^1\. /m)
    }
  })

  it('writes into a temporary folder with the site author, never into data/', () => {
    const dir = writeCorpus({ posts: 12, seed: 3 })
    written.push(dir)
    expect(dir.startsWith(tmpdir())).toBe(true)
    const files = readdirSync(join(dir, 'blog'))
    expect(files).toHaveLength(12)
    expect(files).toContain('벤치-글-0001.mdx')
    expect(readFileSync(join(dir, 'authors', 'default.mdx'), 'utf8')).toMatch(/^name: /m)
    const dates = files.map((file) => /^date: '(.*)'$/m.exec(readFileSync(join(dir, 'blog', file), 'utf8'))?.[1])
    expect(new Set(dates).size).toBe(12)
    expect(dates.every((date) => date !== undefined && date < new Date().toISOString().slice(0, 10))).toBe(true)
  })
})
