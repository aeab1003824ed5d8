// Posts in two languages: `foo.en.mdx` beside `foo.mdx` is its English
// translation, with the same slug, at /en/blog/foo (e2e/translations.fixture.spec.ts
// checks the pages).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkOnce } from '@/lib/content-check/cli'
import { postLanguageFromPath, postSlugFromPath } from '@/lib/content/slug'
import { routes } from '@/lib/publishing/routes'

describe('a translation’s file name', () => {
  it('gives its language and its original’s slug', () => {
    expect(postLanguageFromPath('blog/devops/jenkins.en.mdx', 'ko')).toBe('en')
    expect(postSlugFromPath('blog/devops/jenkins.en.mdx')).toBe('devops/jenkins')
    expect(postLanguageFromPath('blog/devops/jenkins.mdx', 'ko')).toBe('ko')
    // Only languages the UI speaks count: `node.js.mdx` is a Korean post named node.js.
    expect(postLanguageFromPath('blog/node.js.mdx', 'ko')).toBe('ko')
    expect(postSlugFromPath('blog/node.js.mdx')).toBe('node.js')
    expect(postLanguageFromPath('blog/회고.en.md', 'ko')).toBe('en')
  })
  it('puts a post in another language under that language', () => {
    expect(routes.post('devops/jenkins', 'en')).toBe('/en/blog/devops/jenkins')
    expect(routes.post('devops/jenkins', 'ko')).toBe('/blog/devops/jenkins')
    expect(routes.post('devops/jenkins')).toBe('/blog/devops/jenkins')
  })
})

describe('the content check', { timeout: 60_000 }, () => {
  const post = (title: string, body: string) => `---\ntitle: '${title}'\ndate: '2024-01-01'\n---\n\n## 본문\n\n${body}\n`
  it('takes a post and its translation, linking each other, as two addresses, and still refuses a real duplicate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'translations-'))
    try {
      mkdirSync(join(dir, 'blog'), { recursive: true })
      writeFileSync(join(dir, 'blog', 'foo.mdx'), post('한국어 글', '[English](./foo.en.mdx#body)'))
      writeFileSync(join(dir, 'blog', 'foo.en.mdx'), post('English post', '[한국어](./foo.mdx#본문)\n\n## Body'))
      const ok = await checkOnce(dir)
      expect(ok.report ?? '').not.toContain('error')
      expect(ok.status).toBe(0)

      writeFileSync(join(dir, 'blog', 'foo.md'), post('같은 주소', '본문'))
      const duplicate = await checkOnce(dir)
      expect(duplicate.status).toBe(1)
      expect(duplicate.report).toContain('two posts have the slug `foo`')
      expect(duplicate.report).toContain('/blog/foo')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
