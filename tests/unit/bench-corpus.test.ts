// The benchmark corpus must be the same on every run (or the numbers of two
// commits are not comparable) and must stay shaped like real Korean developer
// writing (issue 15: a public blog of 182 posts), so that it can never silently
// get lighter than what writers build.
import { readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { corpusStats, makePost, planCorpus, writeCorpus } from '../../scripts/bench/corpus.mjs'

const written: string[] = []
afterAll(() => written.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

const made = new Map<string, string[]>()
/** The post texts of a corpus, generated once per size and seed (1,000 posts take a few seconds on a busy machine). */
function texts(posts: number, seed = 1) {
  const key = `${posts}/${seed}`
  if (!made.has(key)) made.set(key, planCorpus(posts, seed).map((plan, i) => makePost(i + 1, seed, plan).text))
  return made.get(key)!
}
// Generating 1,000 posts is not a speed test: a generous limit for a loaded machine.
const SLOW = 120_000

describe('benchmark corpus', () => {
  it('gives the same files for the same seed and different ones for another seed', () => {
    expect(makePost(7, 1, planCorpus(10, 1)[6])).toEqual(makePost(7, 1, planCorpus(10, 1)[6]))
    expect(makePost(7, 2).text).not.toBe(makePost(7, 1).text)
    expect(planCorpus(50, 1).map((plan, i) => makePost(i + 1, 1, plan))).toEqual(planCorpus(50, 1).map((plan, i) => makePost(i + 1, 1, plan)))
  })

  // Bounds around the real blog's figures: median 8.9 KB, mean 11.3 KB, max 60 KB,
  // 30% with code (up to 30 fences), a quarter with math, ~9 images a post.
  for (const posts of [100, 1000]) {
    it(`has the real blog's statistics at ${posts} posts`, () => {
      const s = corpusStats(texts(posts))
      expect(s.posts).toBe(posts)
      expect(s.medianBytes).toBeGreaterThanOrEqual(8400)
      expect(s.medianBytes).toBeLessThanOrEqual(9400)
      expect(s.meanBytes).toBeGreaterThanOrEqual(10800)
      expect(s.meanBytes).toBeLessThanOrEqual(11800)
      expect(s.maxBytes).toBeGreaterThanOrEqual(57000)
      expect(s.maxBytes).toBeLessThanOrEqual(61440)
      expect(s.minBytes).toBeGreaterThanOrEqual(1000)
      expect(s.codeShare).toBeCloseTo(0.3, 2)
      expect(s.maxFences).toBe(30)
      expect(s.languages).toBeGreaterThanOrEqual(13)
      expect(s.mathShare).toBeCloseTo(0.25, 2)
      expect(s.imagesPerPost).toBeGreaterThanOrEqual(8.5)
      expect(s.imagesPerPost).toBeLessThanOrEqual(9.5)
      expect(s.tableShare).toBeGreaterThan(0.5)
      expect(s.alertShare).toBeGreaterThan(0.2)
      expect(s.seriesShare).toBeGreaterThanOrEqual(0.08)
      expect(s.seriesShare).toBeLessThanOrEqual(0.15)
      expect(s.tags).toBeGreaterThanOrEqual(50)
    }, SLOW)
  }

  it('uses tags with a Zipf-like skew: a few are common, most are rare', () => {
    const counts = new Map<string, number>()
    for (const text of texts(1000)) {
      for (const [, tag] of (/^tags: \[(.*)\]$/m.exec(text)?.[1] ?? '').matchAll(/'([^']+)'/g)) counts.set(tag, (counts.get(tag) ?? 0) + 1)
    }
    const sorted = [...counts.values()].sort((a, b) => b - a)
    expect(sorted[0]).toBeGreaterThan(sorted[9] * 3)
    expect(sorted[9]).toBeGreaterThan(sorted[sorted.length - 1] * 3)
  }, SLOW)

  it('writes posts with headings, fenced code, math, a table, lists, alerts and Hangul prose with English terms', () => {
    const all = texts(100).join('\n')
    expect(all).toMatch(/^title: '.*[가-힣].*'$/m)
    expect(all).toMatch(/^## /m)
    expect(all).toMatch(/^### /m)
    for (const lang of ['ts', 'tsx', 'python', 'go', 'rust', 'java', 'kotlin', 'sql', 'bash', 'yaml', 'json', 'dockerfile']) expect(all).toMatch(new RegExp(`^\`\`\`${lang}\\b`, 'm'))
    expect(all).toMatch(/^```\w+ title="[^"]+"/m)
    expect(all).toMatch(/ \$[^$\n]+\$ /)
    expect(all).toMatch(/^\$\$\n.+\n\$\$$/m)
    expect(all).toMatch(/^\| --- \|( ---: \|)+$/m)
    expect(all).toMatch(/^- /m)
    expect(all).toMatch(/^1\. /m)
    expect(all).toMatch(/^> \[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]$/m)
    expect(all).toMatch(/[가-힣]+ (React|Kubernetes|TypeScript|PostgreSQL)[가-힣]/)
  })

  it('writes into a temporary folder: posts in folders, their images beside them as valid SVGs, the site author', () => {
    const dir = writeCorpus({ posts: 12, seed: 3 })
    written.push(dir)
    expect(dir.startsWith(tmpdir())).toBe(true)
    const files = readdirSync(join(dir, 'blog'), { recursive: true, encoding: 'utf8' })
    const posts = files.filter((file) => file.endsWith('.mdx'))
    expect(posts).toHaveLength(12)
    expect(posts).toContain('벤치-글-00001.mdx')
    expect(posts.some((file) => file.includes('/'))).toBe(true)
    expect(readFileSync(join(dir, 'authors', 'default.mdx'), 'utf8')).toMatch(/^name: /m)
    // Every image a post points at next to itself exists, and is an SVG with a size.
    for (const post of posts) {
      const text = readFileSync(join(dir, 'blog', post), 'utf8')
      for (const [, src] of text.matchAll(/\]\(\.\/([^)]+)\)/g)) {
        const svg = readFileSync(join(dir, 'blog', post.replace(/[^/]+$/, ''), src), 'utf8')
        expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+"/)
      }
    }
    const dates = posts.map((file) => /^date: '(.*)'$/m.exec(readFileSync(join(dir, 'blog', file), 'utf8'))?.[1])
    expect(new Set(dates).size).toBe(12)
    expect(dates.every((date) => date !== undefined && date < new Date().toISOString().slice(0, 10))).toBe(true)
  })
})
