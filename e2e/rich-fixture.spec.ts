// Rich posts, against the fixture build: e2e/fixtures/content/blog/rich/ holds a
// post using every feature (everything.mdx), two more parts of its series and
// a draft part that must never show.
import { expect, test, type Page } from '@playwright/test'

const RICH = '/blog/rich/everything'
const CODE = 'export function greet(name: string): string {\n  return `안녕, ${name}!`\n}'
const SERIES = ['리치 시리즈 1편: 준비', '모든 기능을 쓴 글', '리치 시리즈 3편: 마무리']
const DRAFT = '시리즈의 숨은 초안'

/** Every script the page loaded over the network, with its text. */
function collectScripts(page: Page) {
  const scripts: { url: string; text: Promise<string> }[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push({ url: response.url(), text: response.text() })
  })
  return scripts
}

test('code is highlighted at build time: no highlighter reaches the browser', async ({ page }) => {
  const scripts = collectScripts(page)
  await page.goto(RICH)
  const block = page.locator('figure.code-block').first()
  await expect(block.locator('.code-title')).toHaveText('app.ts')
  await expect(block.locator('.code-language')).toHaveText('ts')
  await expect(block.locator('pre.shiki.line-numbers')).toBeVisible()
  // Tokens carry both themes' colours; line 2 is highlighted ({2}).
  await expect(block.locator('.line').nth(0).locator('span').first()).toHaveAttribute('style', /color:#.+--shiki-dark:#/)
  await expect(block.locator('.line.highlighted')).toHaveCount(1)
  await expect(block.locator('.line.highlighted')).toContainText('return')
  await expect(page.locator('figure.code-block').nth(1).locator('.code-language')).toHaveText('python')

  // Dark mode switches the colours through the `dark` class.
  const keyword = block.locator('.line').nth(0).locator('span').first()
  const light = await keyword.evaluate((el) => getComputedStyle(el).color)
  await page.evaluate(() => document.documentElement.classList.add('dark'))
  expect(await keyword.evaluate((el) => getComputedStyle(el).color)).not.toBe(light)

  await page.waitForLoadState('networkidle')
  expect(scripts.length).toBeGreaterThan(0)
  for (const script of scripts) {
    const text = await script.text
    for (const marker of ['shiki', 'oniguruma', 'vscode-textmate', 'tokenizeLine']) {
      expect(text.includes(marker), `${script.url} contains ${marker}`).toBe(false)
    }
  }
})

test('the copy button copies the code exactly', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(RICH)
  const block = page.locator('figure.code-block').first()
  await block.getByRole('button', { name: '코드 복사' }).click()
  await expect(block.getByRole('button', { name: '코드 복사' })).toHaveText('복사됨')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(CODE)

  // A fence without a language is framed too, with no language label.
  const plain = page.locator('figure.code-block').nth(2)
  await expect(plain.locator('.code-language')).toHaveCount(0)
  await plain.getByRole('button', { name: '코드 복사' }).click()
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('그냥 글자 {중괄호}')
})

test('GFM: footnotes jump both ways, task lists, strikethrough, autolinks, scrolling tables', async ({ page }) => {
  await page.goto(RICH)
  await page.locator('a[data-footnote-ref]').click()
  await expect(page).toHaveURL(/#user-content-fn-note$/)
  await expect(page.locator('#user-content-fn-note')).toBeInViewport()
  await expect(page.locator('#user-content-fn-note')).toContainText('각주 내용이다.')
  await page.locator('a[data-footnote-backref]').click()
  await expect(page).toHaveURL(/#user-content-fnref-note$/)
  await expect(page.locator('#user-content-fnref-note')).toBeInViewport()

  await expect(page.locator('main input[type=checkbox]')).toHaveCount(2)
  await expect(page.locator('main input[type=checkbox]').first()).toBeChecked()
  await expect(page.locator('main del')).toHaveText('지운 문장')
  await expect(page.getByRole('link', { name: 'https://example.com' })).toHaveAttribute('href', 'https://example.com')
  await expect(page.locator('main table').locator('xpath=..')).toHaveCSS('overflow-x', 'auto')
})

test('GitHub alerts render as titled boxes', async ({ page }) => {
  await page.goto(RICH)
  await expect(page.locator('.markdown-alert-note .markdown-alert-title')).toHaveText('참고')
  await expect(page.locator('.markdown-alert-note')).toContainText('참고할 내용을 적는다.')
  await expect(page.locator('.markdown-alert-warning .markdown-alert-title')).toHaveText('경고')
  await expect(page.getByText('[!NOTE]')).toHaveCount(0)
})

test('KaTeX renders math, and only posts with math load its stylesheet', async ({ page }) => {
  const requested: string[] = []
  page.on('request', (request) => requested.push(new URL(request.url()).pathname))
  const appliedSheets = () =>
    page.evaluate(() => [...document.styleSheets].map((sheet) => (sheet.href ? new URL(sheet.href).pathname : 'inline')))
  await page.goto(RICH)
  await expect(page.locator('.katex').first()).toBeVisible()
  await expect(page.locator('.katex-display')).toHaveCount(1)
  await expect(page.locator('.katex .katex-mathml').first()).toContainText('E=mc2')
  await page.waitForLoadState('networkidle')
  expect(await appliedSheets()).toContain('/katex/katex.min.css')
  // KaTeX's own fonts, served by this site (no CDN).
  expect(requested.some((path) => /^\/katex\/fonts\/KaTeX_.*\.woff2$/.test(path))).toBe(true)
  await expect(page.locator('.katex .mord').first()).toHaveCSS('font-family', /KaTeX_/)

  // Pages without math: the stylesheet is not applied, and the site's own CSS
  // does not carry KaTeX's rules. (A page that prefetches a link to a math post
  // may preload the file; `/` and /blog link to none, so they request nothing.)
  for (const path of ['/blog/rich/part-1', '/blog/rich/part-3', '/blog', '/']) {
    requested.length = 0
    await page.goto(path)
    await page.waitForLoadState('networkidle')
    await expect(page.locator('.katex')).toHaveCount(0)
    expect(await appliedSheets(), path).not.toContain('/katex/katex.min.css')
    if (path === '/blog' || path === '/') expect(requested.filter((p) => p.includes('katex')), path).toEqual([])
    const css = await page.evaluate(() =>
      [...document.styleSheets].map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n'),
    )
    expect(css, path).not.toContain('.katex-html')
  }
})

test('headings link to themselves; the TOC marks the section in view', async ({ page }) => {
  await page.goto(RICH)
  await expect(page.locator('h2#수식 a.heading-anchor')).toHaveAttribute('href', '#수식')
  const toc = page.locator('aside.toc-sidebar nav')
  await expect(toc).toBeVisible()
  await expect(toc.getByRole('link')).toHaveText(['코드 블록', '표와 목록', '각주', '알림', '수식', '그림', '마치며'])
  await expect(toc.getByRole('link', { name: '코드 블록' })).toHaveAttribute('aria-current', 'location')

  await page.evaluate(() => document.getElementById('수식')?.scrollIntoView())
  await expect(toc.getByRole('link', { name: '수식' })).toHaveAttribute('aria-current', 'location')
  await expect(toc.locator('[aria-current]')).toHaveCount(1)
  // The sidebar stays on screen while the post scrolls.
  await expect(toc).toBeInViewport()

  // Narrow screens get a collapsible TOC instead.
  await page.setViewportSize({ width: 390, height: 800 })
  await expect(toc).toBeHidden()
  const details = page.locator('details.toc-details')
  await expect(details.getByRole('link', { name: '수식' })).toBeHidden()
  await details.locator('summary').click()
  await expect(details.getByRole('link', { name: '수식' })).toBeVisible()
})

test('`toc: false` hides the table of contents; layouts follow `layout:`', async ({ page }) => {
  await page.goto('/blog/rich/part-1')
  await expect(page.locator('article[data-layout="PostBanner"]')).toBeVisible()
  await expect(page.getByRole('navigation', { name: '목차' })).toHaveCount(0)
  // The banner is the first of `images`.
  await expect(page.locator('article img').first()).toHaveAttribute('src', /blog-diagram\.svg/)

  await page.goto('/blog/rich/part-3')
  await expect(page.locator('article[data-layout="PostSimple"]')).toBeVisible()
  await expect(page.getByRole('navigation', { name: '목차' })).toHaveCount(0)

  await page.goto(RICH)
  await expect(page.locator('article[data-layout="PostLayout"]')).toBeVisible()
})

test('images have their size from the build and nothing shifts while they load', async ({ page }) => {
  // Only the images may move the page here: web fonts (Pretendard's subsets,
  // which swap in as text renders) are kept out, and the images arrive late.
  await page.route(/\.woff2$/, (route) => route.abort())
  await page.route(/-diagram\.svg$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 700))
    await route.continue()
  })
  await page.addInitScript(() => {
    // Cumulative layout shift as the browser measures it.
    const cls = { value: 0 }
    Object.assign(window, { __cls: cls })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) cls.value += 'value' in entry ? Number(entry.value) : 0
    }).observe({ type: 'layout-shift', buffered: true })
  })
  await page.goto(RICH)
  const images = page.locator('.prose img')
  // From public/ (markdown and <Image>), and one kept next to the post.
  await expect(images).toHaveCount(3)
  const sizes = [['800', '400'], ['800', '400'], ['600', '300']]
  for (const [i, image] of (await images.all()).entries()) {
    await expect(image).toHaveAttribute('width', sizes[i][0])
    await expect(image).toHaveAttribute('height', sizes[i][1])
    // Below the fold: the browser fetches them when the reader gets there.
    await expect(image).toHaveAttribute('loading', 'lazy')
  }
  await expect(images.nth(2)).toHaveAttribute('src', '/content-assets/blog/rich/local-diagram.svg')
  await expect(images.nth(2)).toHaveAttribute('alt', '글 옆에 둔 그림')
  // Space is reserved before the file arrives.
  const box = await images.first().boundingBox()
  expect(box?.height).toBeGreaterThan(100)
  for (const image of await images.all()) {
    await image.scrollIntoViewIfNeeded()
    await expect(image).toHaveJSProperty('complete', true)
  }
  await page.mouse.wheel(0, 2000)
  await page.waitForTimeout(500)
  expect(await page.evaluate(() => Reflect.get(window, '__cls').value)).toBe(0)
})

test('the series box and /series/<name> list the parts in order, without the draft', async ({ page }) => {
  await page.goto(RICH)
  const box = page.getByRole('complementary', { name: '시리즈' })
  await expect(box).toContainText('리치 글 시리즈')
  await expect(box).toContainText('3편 중 2편')
  await expect(box.locator('li')).toHaveText(SERIES)
  await expect(box.locator('[aria-current="page"]')).toHaveText('모든 기능을 쓴 글')

  await box.getByRole('link', { name: '리치 글 시리즈' }).click()
  await expect(page).toHaveURL(new RegExp(`/series/${encodeURIComponent('리치-글-시리즈')}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('‘리치 글 시리즈’ 시리즈')
  await expect(page.locator('main ol li a')).toHaveText(SERIES)
  expect((await page.goto('/series/%EB%A6%AC%EC%B9%98-%EA%B8%80-%EC%8B%9C%EB%A6%AC%EC%A6%88'))?.status()).toBe(200)

  await page.goto('/series')
  await expect(page.getByRole('link', { name: '리치 글 시리즈' })).toBeVisible()
  expect((await page.goto('/series/없는-시리즈'))?.status()).toBe(404)
})

test('related posts share tags, newest first, never the post itself or a draft', async ({ page, request }) => {
  await page.goto(RICH)
  const related = page.getByRole('region', { name: '관련 글' })
  // part-1 shares both tags; part-3 one.
  await expect(related.getByRole('link')).toHaveText(['리치 시리즈 1편: 준비', '리치 시리즈 3편: 마무리'])
  for (const path of [RICH, '/blog/rich/part-1', '/blog/rich/part-3', '/series', '/series/리치-글-시리즈', '/tags/리치', '/blog/page/3']) {
    expect(await (await request.get(path)).text(), path).not.toContain(DRAFT)
  }
  expect((await page.goto('/blog/rich/draft-part'))?.status()).toBe(404)
})

test('[@key] citations link to a reference list built from the BibTeX file next to the post', async ({ page }) => {
  await page.goto(RICH)
  const refs = page.locator('#refs')
  await expect(page.getByRole('heading', { name: '참고 문헌' })).toBeVisible()
  await expect(refs.locator('.csl-entry')).toHaveCount(2)
  await expect(page.locator('#bib-knuth1984')).toContainText('The TeXbook')
  await expect(page.locator('#bib-dijkstra1968')).toContainText('Go To Statement Considered Harmful')
  const cite = page.locator('a[href="#bib-knuth1984"]')
  await expect(cite).toHaveText(/Knuth,? 1984/)
  await expect(page.getByText('[@knuth1984]')).toHaveCount(0)
})

test('a post links its authors; /authors/<id> lists their posts', async ({ page }) => {
  await page.goto(RICH)
  await page.getByRole('list', { name: '글쓴이' }).getByRole('link').first().click()
  await expect(page).toHaveURL(/\/authors\/default$/)
  await expect(page.getByRole('link', { name: '모든 기능을 쓴 글' })).toBeVisible()
  await expect(page.getByText(DRAFT)).toHaveCount(0)
})
