// Issue 13, items 1 and 4: scripts/e2e.mjs runs `npm run import` on each blog of
// e2e/fixtures/import/ (Jekyll, Hugo, tailwind-nextjs-starter-blog, velog,
// Tistory) into e2e/.imported/ and exports that under /repo/ (nginx). Each post,
// as its source file has it, shows its title and a sentence of its body with its
// images, and the old Jekyll, Hugo and Tistory addresses reach the new page.
// On `next start` old addresses are 308s: e2e/redirects.fixture.spec.ts.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import matter from 'gray-matter'
import { siteConfig } from '../data/site-config'
import { IMPORTED_BASE_PATH, IMPORTED_EXPORT_URL } from '../playwright.config'
import { budgetFor } from './support/budget'

type Expected = { source: string; path: string; title: string; sentence: string; images: number; oldUrls?: string[] }

// Written from the fixture files, not from what the importer wrote.
/** A site path on the exported imported blogs (under /repo/). */
const on = (path: string) => `${IMPORTED_EXPORT_URL}${encodeURI(path)}`

const POSTS: Expected[] = [
  {
    source: 'jekyll/_posts/2023-07-31-jenkins-pipeline.md',
    path: '/blog/jenkins-pipeline',
    title: '젠킨스 파이프라인을 코드로 옮긴 이야기',
    sentence: '잡 설정을 코드로 두면 리뷰를 받을 수 있다.',
    images: 1,
    // Jekyll's default permalink: /:categories/:year/:month/:day/:title.html
    oldUrls: ['/devops/ci/2023/07/31/jenkins-pipeline.html'],
  },
  { source: 'jekyll/_posts/2023-08-15-회고.markdown', path: '/blog/회고', title: '2023년 상반기 회고', sentence: '배포 시간 40분 → 8분', images: 0, oldUrls: ['/회고/2023/08/15/회고.html'] },
  {
    source: 'hugo/content/posts/kubernetes-입문/index.md',
    path: '/blog/kubernetes-입문',
    title: '쿠버네티스 입문: 파드부터 서비스까지',
    sentence: '운영 클러스터에서는 kubectl delete 를 조심하자.',
    images: 1,
    // Hugo's /<section>/<bundle>/ and the post's `aliases`.
    oldUrls: ['/posts/kubernetes-입문/', '/old/k8s-intro/'],
  },
  { source: 'hugo/content/posts/go-에러-처리.md', path: '/blog/go-에러-처리', title: 'Go의 에러 처리, errors.Is 와 errors.As', sentence: 'Go 1.13부터', images: 1, oldUrls: ['/posts/go-에러-처리/'] },
  { source: 'tnsb/data/blog/guide/nextjs-블로그-시작하기.mdx', path: '/blog/guide/nextjs-블로그-시작하기', title: 'Next.js로 블로그 시작하기', sentence: 'Vercel에 올리면 끝이다.', images: 2 },
  { source: 'tnsb/data/blog/tailwind-정리.md', path: '/blog/tailwind-정리', title: 'Tailwind 유틸리티 정리', sentence: '변형만 알아도 충분하다.', images: 0 },
  { source: 'velog/backup/content/리액트 상태 관리 정리.md', path: '/blog/리액트-상태-관리-정리', title: '리액트 상태 관리 정리', sentence: 'props 로 {값} 을 내려도 좋다.', images: 1 },
  { source: 'velog/backup/content/타입스크립트 satisfies.md', path: '/blog/타입스크립트-satisfies', title: '타입스크립트 satisfies 연산자', sentence: 'a < b 비교도 그대로 쓴다.', images: 0 },
  { source: 'tistory/181/181-리눅스 시그널 정리.html', path: '/blog/리눅스-시그널-정리', title: '리눅스 시그널 정리', sentence: 'kill 명령으로 보낸다.', images: 0, oldUrls: ['/181'] },
  { source: 'tistory/182/182-제주 여행 첫날.html', path: '/blog/제주-여행-첫날', title: '제주 여행 첫날', sentence: '흑돼지 {2인분} 을 먹었다. 가격 < 기대.', images: 1, oldUrls: ['/182'] },
]

test('every imported post shows its title, its body and its images', async ({ page }) => {
  budgetFor(POSTS.length)
  for (const post of POSTS) {
    const response = await page.goto(on(post.path))
    expect(response?.status(), post.source).toBe(200)
    await expect(page.getByRole('heading', { level: 1 }), post.source).toHaveText(post.title)
    const body = page.locator('.prose')
    await expect(body, post.source).toContainText(post.sentence)
    // What the importer could not convert never shows as Liquid or shortcode syntax… unless the report said so.
    await expect(body, post.source).not.toContainText('{{<')
    const images = body.locator('img')
    await expect(images, post.source).toHaveCount(post.images)
    for (const image of await images.all()) {
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { message: `${post.source}: ${await image.getAttribute('src')}` }).toBe(true)
    }
  }
})

test('converted Liquid and shortcodes read as the old blog showed them', async ({ page }) => {
  await page.goto(on('/blog/jenkins-pipeline'))
  const body = page.locator('.prose')
  // Chirpy's `{: .prompt-tip }` is an alert; `{% highlight %}` a highlighted block; `{% raw %}` keeps its braces.
  await expect(body.locator('.markdown-alert-tip')).toContainText('리뷰를 받을 수 있다')
  await expect(body.locator('pre').first()).toContainText("stage('빌드')")
  await expect(body).toContainText('${{ secrets.TOKEN }}')
  await expect(body).not.toContainText('{% raw %}')
  // `{% post_url %}` became a link that works.
  await body.getByRole('link', { name: '지난 글' }).click()
  await expect(page).toHaveURL(on('/blog/회고'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2023년 상반기 회고')
})

test('old Jekyll, Hugo and Tistory addresses forward to the post: a page with a meta refresh and the post as canonical, not in the sitemap', async ({ page }) => {
  const moved = POSTS.flatMap((post) => (post.oldUrls ?? []).map((old) => ({ old, post })))
  budgetFor(moved.length * 2)
  for (const { old, post } of moved) {
    const url = on(old)
    const html = await (await page.request.get(url)).text()
    expect(html, old).toContain(`<link rel="canonical" href="${new URL(siteConfig.siteUrl).origin}${IMPORTED_BASE_PATH}${encodeURI(post.path)}"/>`)
    expect(html, old).toContain('<meta name="robots" content="noindex"/>')
    await page.goto(url)
    await expect(page, old).toHaveURL(on(post.path))
    await expect(page.getByRole('heading', { level: 1 }), old).toHaveText(post.title)
  }
  // Only the new addresses are in the sitemap.
  const sitemap = await (await page.request.get(on('/sitemap.xml'))).text()
  for (const { old, post } of moved) {
    expect(sitemap, old).not.toContain(`${encodeURI(old)}<`)
    expect(sitemap, post.path).toContain(`${encodeURI(post.path)}</loc>`)
  }
})

test('drafts stay unpublished: no page, and their old addresses lead nowhere', async ({ page }) => {
  const drafts = ['blog/새-초안.md', 'blog/초안.md'].map((file) => {
    const { data } = matter(readFileSync(join('e2e/.imported', file), 'utf8'))
    return { file, draft: data.draft as unknown, redirectFrom: (data.redirectFrom ?? []) as string[] }
  })
  budgetFor(drafts.length * 3)
  for (const draft of drafts) {
    expect(draft.draft, draft.file).toBe(true)
    const path = `/${draft.file.replace(/\.md$/, '')}`
    expect((await page.request.get(on(path))).status(), path).toBe(404)
    // Followed to the end (nginx first drops a trailing slash with a 308 of its own): a 404, no forwarding page.
    for (const old of draft.redirectFrom) expect((await page.request.get(on(old))).status(), old).toBe(404)
  }
  await page.goto(on('/blog'))
  await expect(page.getByRole('main')).not.toContainText('아직 쓰는 중인 글')
  await expect(page.getByRole('main')).not.toContainText('쓰다 만 글')
})
