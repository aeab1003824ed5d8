// scripts/lib/content-cache.mjs (used by scripts/prepare.mjs): contentlayer's cache is reused only for the content folder that filled it.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { keepCacheFor } from '../../scripts/lib/content-cache.mjs'

const roots: string[] = []
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })))

function projectWithCache() {
  const root = mkdtempSync(join(tmpdir(), 'content-cache-'))
  roots.push(root)
  return root
}
const fillCache = (root: string) => {
  mkdirSync(join(root, '.contentlayer', '.cache'), { recursive: true })
  writeFileSync(join(root, '.contentlayer', '.cache', 'data.json'), '{}')
}
const cached = (root: string) => existsSync(join(root, '.contentlayer', '.cache', 'data.json'))

test('a cache of unknown origin is dropped, then kept for the same folder', () => {
  const root = projectWithCache()
  fillCache(root)
  keepCacheFor(root, 'data')
  expect(cached(root)).toBe(false)
  fillCache(root)
  keepCacheFor(root, 'data')
  keepCacheFor(root, './data')
  expect(cached(root)).toBe(true)
})

test('building another content folder drops the cache the first one filled', () => {
  const root = projectWithCache()
  keepCacheFor(root, 'e2e/fixtures/content')
  fillCache(root)
  keepCacheFor(root, 'e2e/fixtures/injection')
  expect(cached(root)).toBe(false)
})
