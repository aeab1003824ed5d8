import { expect, test } from '@playwright/test'
import { openSearch } from './support/search'

const SEED_TITLE = '내가 해결한 문제 중 가장 어려운 문제는 무엇이었나?'
const SEED_PATH = /\/blog\/hardest-problem-i-solved$/
// What opening search fetches: the small dictionary of the sharded index (lib/search/shards.ts).
const INDEX = '/search-index/dict.json'

const QUERIES = ['어려운', '어려', '문제', '가장 어려운 문제', '문제 가장 어려운', 'ㅇㄹㅇ', 'ㅁㅈ', '얼', '어려우', 'pact', 'Pact', 'Terraform', 'self-evalutaion']

test('each query typed key by key lists the seed post in the dialog', async ({ page }) => {
  await page.goto('/')
  const dialog = await openSearch(page)
  const input = dialog.getByRole('combobox', { name: '글 검색' })
  for (const query of QUERIES) {
    await input.fill('')
    await input.pressSequentially(query)
    await expect(input).toHaveValue(query)
    const option = dialog.getByRole('option').filter({ hasText: SEED_TITLE })
    await expect(option, query).toBeVisible()
    await expect(option).toContainText('2023년 7월 31일')
    await expect(option.locator('mark').first(), query).toBeVisible()
  }
  // The title outranks a body mention: 어려운 is in the seed's title.
  await input.fill('')
  await input.pressSequentially('어려운')
  await expect(dialog.getByRole('option').first()).toContainText(SEED_TITLE)
})

test('a nonsense query shows the empty state; arrows and Enter open a post; Esc closes', async ({ page }) => {
  await page.goto('/blog')
  const opener = page.getByRole('button', { name: '검색 열기' })
  const dialog = await openSearch(page)
  const input = dialog.getByRole('combobox', { name: '글 검색' })
  await expect(input).toBeFocused()
  await input.pressSequentially('쀍zzqx')
  await expect(dialog.getByRole('option')).toHaveCount(0)
  await expect(dialog.getByRole('status')).toHaveText('‘쀍zzqx’에 맞는 글이 없습니다.')

  // Esc closes and gives focus back to the button.
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(opener).toBeFocused()

  // Ctrl-K opens it again; ↓ ↑ move the active option, Enter follows it.
  await page.keyboard.press('Control+k')
  await expect(dialog).toBeVisible()
  await expect(input).toBeFocused()
  await page.keyboard.type('문제')
  const options = dialog.getByRole('option')
  await expect(options.first()).toBeVisible()
  const count = await options.count()
  expect(count).toBeGreaterThan(1)
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('ArrowDown')
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true')
  await expect(input).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id')) ?? '')
  await page.keyboard.press('ArrowUp')
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true')
  const seedIndex = (await options.allTextContents()).findIndex((text) => text.includes(SEED_TITLE))
  expect(seedIndex).toBeGreaterThanOrEqual(0)
  for (let i = 0; i < seedIndex; i += 1) await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(SEED_PATH)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE)
  await expect(dialog).toBeHidden()
})

test('Tab stays inside the open dialog', async ({ page }) => {
  await page.goto('/')
  const dialog = await openSearch(page)
  await dialog.getByRole('combobox').pressSequentially('문제')
  await expect(dialog.getByRole('option').first()).toBeVisible()
  // The page behind is inert: Tab only ever reaches the dialog's own controls
  // (or leaves the page for the browser's UI, where activeElement is <body>).
  const reached = new Set<string>()
  for (let i = 0; i < 6; i += 1) {
    await page.keyboard.press('Tab')
    const where = await page.evaluate(() => {
      const el = document.activeElement
      if (!el || el === document.body) return 'body'
      return el.closest('dialog') ? `dialog:${el.tagName}` : `outside:${el.tagName}:${el.textContent}`
    })
    expect(where, `focus after ${i + 1} Tab`).not.toMatch(/^outside/)
    reached.add(where)
  }
  expect([...reached]).toEqual(expect.arrayContaining(['dialog:INPUT', 'dialog:A']))
})

test('IME composition of 어려운 updates results live, Enter while composing does not navigate', async ({ page }) => {
  await page.goto('/')
  const dialog = await openSearch(page)
  const input = dialog.getByRole('combobox', { name: '글 검색' })
  await input.focus()
  // Record what the page sees on Enter, to prove the guard is what keeps us here.
  await page.evaluate(() => {
    const seen: boolean[] = []
    Object.assign(window, { enterWhileComposing: seen })
    document.addEventListener('keydown', (e) => e.key === 'Enter' && seen.push(e.isComposing), true)
  })
  const cdp = await page.context().newCDPSession(page)
  const compose = (text: string) => cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length })
  const commit = (text: string) => cdp.send('Input.insertText', { text })
  const seed = dialog.getByRole('option').filter({ hasText: SEED_TITLE })

  // A 2-set keyboard typing 어려운: ㅇ 어 얼 | 어+려 령 | 어려+우 운.
  await compose('ㅇ')
  await expect(input).toHaveValue('ㅇ')
  await compose('어')
  await compose('얼')
  await expect(input).toHaveValue('얼')
  await expect(seed).toBeVisible()

  // Enter in the middle of composing must not open the highlighted result.
  await page.keyboard.press('Enter')
  await page.waitForTimeout(300)
  await expect(page).toHaveURL(/\/$/)
  await expect(dialog).toBeVisible()

  await commit('어')
  await compose('려')
  await expect(input).toHaveValue('어려')
  await expect(seed).toBeVisible()
  await compose('령')
  await commit('려')
  await compose('우')
  await expect(input).toHaveValue('어려우')
  await expect(seed).toBeVisible()
  await compose('운')
  await commit('운')

  await expect(input).toHaveValue('어려운')
  await expect(seed).toBeVisible()
  await expect(page).toHaveURL(/\/$/)
  const seen = await page.evaluate(() => (window as unknown as { enterWhileComposing: boolean[] }).enterWhileComposing)
  expect(seen).toEqual([true])
})

test('the index and the search code load only when search is opened, and the index once', async ({ page }) => {
  const indexRequests: string[] = []
  const scripts = new Set<string>()
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === INDEX) indexRequests.push(request.url())
    if (request.resourceType() === 'script') scripts.add(request.url())
  })
  // Which of these scripts carry the search engine (its error text survives minification).
  const withSearchCode = async (urls: Iterable<string>) => {
    const found: string[] = []
    for (const url of urls) if ((await (await page.request.get(url)).text()).includes('search dictionary:')) found.push(url)
    return found
  }
  await page.goto('/')
  await page.waitForLoadState('networkidle')
  await page.getByRole('link', { name: SEED_TITLE }).first().click()
  await expect(page).toHaveURL(SEED_PATH)
  await page.goto('/blog/hardest-problem-i-solved')
  await page.waitForLoadState('networkidle')
  expect(indexRequests).toEqual([])
  const beforeOpen = new Set(scripts)
  expect(beforeOpen.size).toBeGreaterThan(0)
  expect(await withSearchCode(beforeOpen)).toEqual([])

  const dialog = await openSearch(page)
  await dialog.getByRole('combobox').pressSequentially('ㅇㄹㅇ')
  await expect(dialog.getByRole('option').filter({ hasText: SEED_TITLE })).toBeVisible()
  expect(indexRequests).toHaveLength(1)
  // The dialog and the engine are chunks the page had not loaded before.
  const loadedOnOpen = [...scripts].filter((url) => !beforeOpen.has(url))
  expect(await withSearchCode(loadedOnOpen)).toHaveLength(1)

  // Closing and opening again reuses what was loaded.
  await page.keyboard.press('Escape')
  await page.keyboard.press('Control+k')
  await dialog.getByRole('combobox').pressSequentially('pact')
  await expect(dialog.getByRole('option').filter({ hasText: SEED_TITLE })).toBeVisible()
  expect(indexRequests).toHaveLength(1)
})

test('/search?q=어려운 lists the seed post, after a reload too, and links to it', async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent('어려운')}`)
  const result = page.locator('main article').filter({ hasText: SEED_TITLE })
  await expect(result).toBeVisible()
  await expect(result).toContainText('2023년 7월 31일')
  await expect(result.locator('mark').first()).toHaveText('어려운')
  await page.reload()
  await expect(result).toBeVisible()
  await expect(page.getByRole('searchbox', { name: '글 검색' })).toHaveValue('어려운')

  // Typing a new query updates the address, so the page can be shared.
  const input = page.getByRole('searchbox', { name: '글 검색' })
  await input.fill('')
  await input.pressSequentially('zzqx')
  await expect(page.getByRole('status')).toHaveText('‘zzqx’에 맞는 글이 없습니다.')
  await expect(page).toHaveURL(/\/search\?q=zzqx$/)
  await page.reload()
  await expect(page.getByRole('status')).toHaveText('‘zzqx’에 맞는 글이 없습니다.')

  await page.goto(`/search?q=${encodeURIComponent('ㅁㅈ')}`)
  await result.getByRole('link', { name: SEED_TITLE }).click()
  await expect(page).toHaveURL(SEED_PATH)
})
