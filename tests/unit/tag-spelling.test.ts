import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { canonicalTagPath } from '@/lib/content/tag-spelling'

type Case = { name: string; path: string; status: number; repeat?: { text: string; times: number } }
const corpus = JSON.parse(readFileSync('e2e/corpora/malformed-urls.json', 'utf8')) as { cases: Case[] }

describe('canonicalTagPath', () => {
  it('sends another spelling of a tag to its URL, keeping what follows', () => {
    expect(canonicalTagPath('/tags/DevOps')).toBe('/tags/devops')
    expect(canonicalTagPath('/tags/DEVOPS')).toBe('/tags/devops')
    expect(canonicalTagPath('/tags/Next.js')).toBe('/tags/nextjs')
    expect(canonicalTagPath('/tags/C++')).toBe('/tags/c-plus-plus')
    expect(canonicalTagPath('/tags/DevOps/page/2')).toBe('/tags/devops/page/2')
    expect(canonicalTagPath('/tags/DevOps/feed.xml')).toBe('/tags/devops/feed.xml')
    // Hangul decomposed (NFD, as macOS file names are) is the same tag.
    expect(canonicalTagPath(`/tags/${'회고'.normalize('NFD')}`)).toBe('/tags/회고')
  })

  it('leaves canonical tag paths and other paths alone', () => {
    for (const path of ['/tags/devops', '/tags/회고', '/tags/nextjs/page/2', '/tags', '/blog/DevOps', '/tags/c-plus-plus']) {
      expect(canonicalTagPath(path), path).toBeUndefined()
    }
  })

  it('never turns a malformed-URL corpus case into a redirect (they must stay 400 or 404)', () => {
    const tagCases = corpus.cases.filter((entry) => entry.path.startsWith('/tags/') && entry.status !== 308)
    expect(tagCases.length).toBeGreaterThan(20)
    for (const entry of tagCases) {
      const path = entry.path + (entry.repeat ? entry.repeat.text.repeat(entry.repeat.times) : '')
      let decoded: string
      try {
        decoded = decodeURIComponent(path)
      } catch {
        continue // the proxy answers 400 before asking
      }
      expect(canonicalTagPath(decoded), entry.name).toBeUndefined()
    }
  })
})
