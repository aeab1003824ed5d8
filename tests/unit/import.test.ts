// `npm run import` (lib/import/) on the blogs of e2e/fixtures/import/: what it
// writes, what it reports, and that it never overwrites. e2e/imported.spec.ts
// builds the result and reads it in a browser.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import matter from 'gray-matter'
import { afterAll, describe, expect, it } from 'vitest'
import { checkContent } from '@/lib/content-check'
import { convert, detectSource, formatImportReport, write, SOURCES } from '@/lib/import'
import { hugoUrl } from '@/lib/import/hugo'
import { jekyllUrl } from '@/lib/import/jekyll'
import { dateOf } from '@/lib/import/post'

const FIXTURES = 'e2e/fixtures/import'
const temp = mkdtempSync(join(tmpdir(), 'import-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

function importInto(source: (typeof SOURCES)[number]) {
  const contentDir = join(temp, source)
  const result = write(convert(source, join(FIXTURES, source), 'Asia/Seoul'), contentDir, join(temp, `${source}-public`))
  const read = (file: string) => matter(readFileSync(join(contentDir, 'blog', file), 'utf8'))
  const report = formatImportReport(source, `${FIXTURES}/${source}`, contentDir, result)
  return { contentDir, result, read, report }
}

describe('npm run import', () => {
  it('tells each kind of blog from its files', () => {
    for (const source of SOURCES) expect(detectSource(join(FIXTURES, source)), source).toBe(source)
    expect(detectSource('e2e/fixtures/minimal')).toBeUndefined()
  })

  it.each(SOURCES)('%s: what it writes passes the content check with no error', async (source) => {
    const { contentDir, result } = importInto(source)
    expect(result.written.length).toBeGreaterThanOrEqual(2)
    mkdirSync(join(contentDir, 'authors'), { recursive: true })
    if (source !== 'tnsb') writeFileSync(join(contentDir, 'authors', 'default.mdx'), '---\nname: 글쓴이\n---\n')
    const errors = (await checkContent(contentDir)).filter((issue) => issue.severity === 'error')
    expect(errors).toEqual([])
  })

  it('Jekyll: dates and tags from file name and frontmatter, Liquid and kramdown converted, the rest reported with its line', () => {
    const { read, report } = importInto('jekyll')
    const post = read('jenkins-pipeline/index.md')
    // 23:30 +0900 is still July 31st in Seoul.
    expect(post.data).toMatchObject({ title: '젠킨스 파이프라인을 코드로 옮긴 이야기', date: '2023-07-31', tags: ['DevOps', 'CI', 'jenkins', '파이프라인'] })
    expect(post.data.redirectFrom).toEqual(['/devops/ci/2023/07/31/jenkins-pipeline.html'])
    expect(post.content).toContain('![파이프라인 구조도](./pipeline.svg)')
    expect(post.content).toContain('> [!TIP]\n> 잡 설정을 코드로 두면')
    expect(post.content).toContain('```groovy showLineNumbers\npipeline {')
    expect(post.content).toContain('```bash title="deploy.sh"')
    expect(post.content).toContain('`${{ secrets.TOKEN }}`')
    expect(post.content).toContain('[지난 글](/blog/회고)')
    expect(post.content).not.toMatch(/\{%|\{:|<!--more-->|\* TOC/)
    expect(read('회고.md').data).toMatchObject({ title: '2023년 상반기 회고', date: '2023-08-15', tags: ['회고', '커리어'] })
    expect(read('새-초안.md').data.draft).toBe(true)
    expect(report).toContain('_posts/2023-07-31-jenkins-pipeline.md:46  {% include related-posts.html %} is not imported')
    expect(post.content).toContain('[YouTube 영상](https://www.youtube.com/watch?v=abc123)')
    expect(report).toContain('_posts/2023-07-31-jenkins-pipeline.md:48  a YouTube embed became a link')
    expect(report).toContain('_posts/2023-08-15-회고.markdown:12  Liquid {{ page.title }}')
  })

  it('Hugo: TOML and YAML frontmatter, a page bundle with its image, shortcodes converted or reported', () => {
    const { read, report } = importInto('hugo')
    const bundle = read('kubernetes-입문/index.md')
    expect(bundle.data).toMatchObject({ date: '2024-02-10', lastmod: '2024-02-20', tags: ['클라우드', 'kubernetes', '입문'], series: '쿠버네티스' })
    expect(bundle.data.redirectFrom).toEqual([encodeURI('/posts/kubernetes-입문/'), '/old/k8s-intro/'])
    expect(bundle.content).toContain('![클러스터 구성도](./cluster.svg)\n\n_컨트롤 플레인과 노드_')
    expect(bundle.content).toContain('```yaml showLineNumbers {3}')
    expect(bundle.content).toContain('[Go 글](/blog/go-에러-처리)')
    expect(bundle.content).not.toContain('{{<')
    expect(read('go-에러-처리/index.md').content).toContain('![고퍼](./gopher.svg)')
    expect(read('초안.md').data.draft).toBe(true)
    expect(report).toContain('content/posts/_index.md  a section page')
    expect(report).toContain('content/posts/kubernetes-입문/index.md:24  {{< youtube dQw4w9WgXcQ >}} became a link')
    expect(report).toContain('content/posts/kubernetes-입문/index.md:28  the shortcode {{< notice >}} has no equivalent')
  })

  it('tailwind-nextjs-starter-blog: MDX kept, its own components mapped or reported, authors added without replacing ours', () => {
    const { read, report, contentDir } = importInto('tnsb')
    const post = read('guide/nextjs-블로그-시작하기/index.mdx')
    expect(post.data).toMatchObject({ layout: 'PostSimple', authors: ['default'] })
    expect(post.content).not.toMatch(/import Link|TOCInline|BlogNewsletterForm|Twemoji/)
    expect(post.content).toContain('<Image src="/static/images/blog-diagram.svg"')
    expect(post.content).toContain('![Next.js 로고](./next-js.svg)')
    expect(report).toMatch(/nextjs-블로그-시작하기\.mdx:24 {2}<Twemoji> is not a component here/)
    expect(readFileSync(join(contentDir, 'authors', 'sparrowhawk.mdx'), 'utf8')).toContain('name: 새매')
    // Site images named by <Image src="/…"> and authors' avatars go to public/, where those addresses point.
    for (const file of ['static/images/blog-diagram.svg', 'static/images/avatar.svg']) expect(existsSync(join(temp, 'tnsb-public', file)), file).toBe(true)
  })

  it('velog: a UTC time becomes the day in Seoul; Tistory: the editor HTML becomes Markdown with its images', () => {
    const velog = importInto('velog').read('리액트-상태-관리-정리/index.md')
    expect(velog.data).toMatchObject({ date: '2022-11-21', tags: ['React', '상태관리', 'zustand'], summary: 'useState부터 Zustand까지, 언제 무엇을 쓰나' })
    const tistory = importInto('tistory')
    const signals = tistory.read('리눅스-시그널-정리.md')
    expect(signals.data).toMatchObject({ title: '리눅스 시그널 정리', date: '2024-11-11', tags: ['리눅스', '시그널'], redirectFrom: ['/181', `/entry/${encodeURI('리눅스-시그널-정리')}`] })
    expect(signals.content).toContain('## 1. 주요 시그널')
    expect(signals.content).toContain('```bash\n# 설정 다시 읽기')
    expect(signals.content).toMatch(/\| 번호 +\| 이름 +\| 기본 처리 +\|/)
    expect(signals.content).not.toMatch(/revenue_unit|공유하기|daumcdn/)
    expect(tistory.read('제주-여행-첫날/index.md').content).toContain('![협재 해변](./img.png)')
    expect(tistory.report).toContain('182/182-제주 여행 첫날.html  an embedded player or map (<iframe>) was dropped')
  })

  it('never overwrites: a second import skips every post and leaves the files as they were', () => {
    const { contentDir, read } = importInto('hugo')
    const before = read('kubernetes-입문/index.md').content
    writeFileSync(join(contentDir, 'blog', 'go-에러-처리', 'index.md'), '---\ntitle: 내가 고친 글\ndate: 2024-03-01\n---\n\n고친 본문.\n')
    const again = write(convert('hugo', join(FIXTURES, 'hugo'), 'Asia/Seoul'), contentDir, join(temp, 'public'))
    expect(again.written).toEqual([])
    expect(again.skipped.map((note) => note.file).sort()).toEqual(['content/posts/go-에러-처리.md', 'content/posts/kubernetes-입문/index.md', 'content/posts/초안.md'])
    expect(read('kubernetes-입문/index.md').content).toBe(before)
    expect(read('go-에러-처리/index.md').data.title).toBe('내가 고친 글')
  })
})

describe('old addresses and dates', () => {
  it('the content check stops on an old address that is not a path, is a page here, or belongs to another post', async () => {
    const contentDir = join(temp, 'redirect-check')
    mkdirSync(join(contentDir, 'blog'), { recursive: true })
    mkdirSync(join(contentDir, 'authors'), { recursive: true })
    writeFileSync(join(contentDir, 'authors', 'default.mdx'), '---\nname: 글쓴이\n---\n')
    const post = (name: string, redirectFrom: string[]) =>
      writeFileSync(join(contentDir, 'blog', `${name}.md`), `---\ntitle: ${name}\ndate: 2024-01-01\nredirectFrom: ${JSON.stringify(redirectFrom)}\n---\n\n본문.\n`)
    post('첫째', ['/2024/01/01/old.html', 'no-slash', '/tags/old'])
    post('둘째', ['/2024/01/01/old.html/'])
    const errors = (await checkContent(contentDir)).filter((issue) => issue.field === 'redirectFrom')
    // Files are read in name order: 둘째.md claims the address first, so 첫째.md is the one told.
    expect(errors.map((issue) => [issue.file.split('/').pop(), issue.line, issue.found])).toEqual([
      ['첫째.md', 4, '/2024/01/01/old.html'],
      ['첫째.md', 4, 'no-slash'],
      ['첫째.md', 4, '/tags/old'],
    ])
    expect(errors.every((issue) => issue.severity === 'error')).toBe(true)
    expect(errors.map((issue) => issue.problem)).toEqual([
      expect.stringContaining('is already an old address of'),
      expect.stringContaining('starting with /'),
      expect.stringContaining('is a page of this site'),
    ])
  })

  it('builds the address Jekyll and Hugo gave a post', () => {
    const post = { year: '2023', month: '07', day: '31', title: 'jenkins', categories: ['DevOps'] }
    expect(jekyllUrl('date', post)).toBe('/devops/2023/07/31/jenkins.html')
    expect(jekyllUrl('pretty', post)).toBe('/devops/2023/07/31/jenkins/')
    expect(jekyllUrl('/posts/:title/', post)).toBe('/posts/jenkins/')
    expect(hugoUrl(undefined, { section: 'posts', slug: 'k8s', title: 'K8s 입문', date: '2024-02-10' })).toBe('/posts/k8s/')
    expect(hugoUrl('/:year/:month/:slug/', { section: 'posts', slug: 'k8s', title: 'x', date: '2024-02-10' })).toBe('/2024/02/k8s/')
  })

  it('reads dates as blogs write them, in the site time zone', () => {
    expect(dateOf('2023-07-31 23:30:00 +0900', 'Asia/Seoul')).toBe('2023-07-31')
    expect(dateOf('2023-07-31T20:00:00Z', 'Asia/Seoul')).toBe('2023-08-01')
    expect(dateOf('2023-07-31 10:00', 'Asia/Seoul')).toBe('2023-07-31')
    expect(dateOf('2023-7-5', 'Asia/Seoul')).toBe('2023-07-05')
    expect(dateOf('어제', 'Asia/Seoul')).toBeUndefined()
  })
})
