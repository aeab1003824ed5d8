import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { getVisiblePosts } from '@/lib/content'
import { decodeParam, exportSafeParams, pageParams, parsePageParam } from '@/lib/content/route-params'
import { absoluteUrl, listPagePath, routes } from '@/lib/publishing/routes'

describe('routes', () => {
  it('puts page 1 of a list at the list itself and page n under /page/n', () => {
    expect(routes.blog()).toBe('/blog')
    expect(routes.blog(1)).toBe('/blog')
    expect(routes.blog(3)).toBe('/blog/page/3')
    expect(routes.tag('회고')).toBe('/tags/회고')
    expect(routes.tag('회고', 2)).toBe('/tags/회고/page/2')
    expect(listPagePath('/x', 2)).toBe('/x/page/2')
  })
  it('builds feed, series, author, OG and search paths', () => {
    expect(routes.feeds()).toEqual({ rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' })
    expect(routes.tagFeeds('c-plus-plus')).toEqual({
      rss: '/tags/c-plus-plus/feed.xml',
      atom: '/tags/c-plus-plus/atom.xml',
      json: '/tags/c-plus-plus/feed.json',
    })
    expect(routes.series('리치-글-시리즈')).toBe('/series/리치-글-시리즈')
    expect(routes.author('default')).toBe('/authors/default')
    expect(routes.post('devops/jenkins')).toBe('/blog/devops/jenkins')
    expect(routes.postOgImage('devops/jenkins')).toBe('/og/devops/jenkins.png')
    expect(routes.search()).toBe('/search')
    expect(routes.search('C++ & 한글?')).toBe('/search?q=C%2B%2B%20%26%20%ED%95%9C%EA%B8%80%3F')
  })
  it('gives raw paths that absoluteUrl encodes once', () => {
    expect(absoluteUrl(routes.tag('회고', 2), 'https://blog.example.com/')).toBe(
      'https://blog.example.com/tags/%ED%9A%8C%EA%B3%A0/page/2',
    )
  })
  it('is where every post path comes from (contentlayer computes post.path with it)', () => {
    const posts = getVisiblePosts()
    expect(posts.length).toBeGreaterThan(0)
    for (const post of posts) expect(post.path).toBe(routes.post(post.slug))
  })
})

// Files that must not spell a route themselves: they ask lib/publishing/routes.ts.
const ROUTE_LITERAL = /['"`]\/(?:blog|tags|series|authors|archive|about|projects|search|og)(?![\w-])|\/page\/\$\{/

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => join(dir, file))
}

function withoutComments(source: string): string {
  return source.replace(/\{?\/\*[\s\S]*?\*\/\}?/g, '').replace(/(^|[^:'"`])\/\/[^\n]*/g, '$1')
}

describe('one place builds every path', () => {
  it('no file in app/, components/ or lib/ writes a route path by hand', () => {
    const files = ['app', 'components', 'lib'].flatMap(sourceFiles).filter((file) => file !== join('lib', 'publishing', 'routes.ts'))
    expect(files.length).toBeGreaterThan(30)
    const offenders = files.flatMap((file) =>
      withoutComments(readFileSync(file, 'utf8'))
        .split('\n')
        .filter((line) => ROUTE_LITERAL.test(line))
        .map((line) => `${file}: ${line.trim()}`),
    )
    expect(offenders).toEqual([])
  })
  it('the check sees a hand-built path', () => {
    for (const line of ['href={`/tags/${slug}`}', "canonical: '/series'", '`${base}/page/${n}`', 'path: "/authors/x"'])
      expect(line).toMatch(ROUTE_LITERAL)
    for (const line of ["split('/')", "'/'", "'/static/images/a.png'", "'/blogroll'"]) expect(line).not.toMatch(ROUTE_LITERAL)
  })
})

describe('route params', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('decodes percent-encoded Hangul and refuses malformed input', () => {
    expect(decodeParam('%ED%9A%8C%EA%B3%A0')).toBe('회고')
    expect(decodeParam('회고')).toBe('회고')
    expect(decodeParam('%A0')).toBeNull()
    expect(decodeParam('%ED%9A')).toBeNull()
  })
  it('lists every page as a route param, and an empty list still has page 1', () => {
    expect(pageParams(23, 10)).toEqual([{ n: '1' }, { n: '2' }, { n: '3' }])
    expect(pageParams(0, 10)).toEqual([{ n: '1' }])
  })
  it('accepts only plain page numbers', () => {
    expect(parsePageParam('2')).toBe(2)
    for (const bad of ['0', '-1', '02', '1e9', 'abc', '2.0', '']) expect(parsePageParam(bad)).toBeNaN()
  })
  it('gives a route with no params one placeholder in a static export only', () => {
    expect(exportSafeParams([], { tag: '_' })).toEqual([])
    vi.stubEnv('NEXT_OUTPUT', 'export')
    expect(exportSafeParams([], { tag: '_' })).toEqual([{ tag: '_' }])
    expect(exportSafeParams([{ tag: 'a' }], { tag: '_' })).toEqual([{ tag: 'a' }])
  })
})
