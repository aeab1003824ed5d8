// Runs against the fixture build (project `fixture`). Issue 10: search's bytes grow with the query, not with
// the site: opening search fetches the dictionary, a query the shards of its words and the posts it shows.
import { expect, test } from '@playwright/test'
import { openSearch } from './support/search'

// In the body of rich/everything.mdx only: not in any title, tag, heading or summary.
const BODY_WORD = '스크롤하며'
const POST_TITLE = '모든 기능을 쓴 글'
// The fixture corpus, 29 small posts: measured 5.5 KB in 4 files (dictionary, two shards, one post) to
// answer the word, as sent by next start, headers included. On so small a corpus that is more than the
// gzipped one-file index (2.7 KB): four responses' headers outweigh it. What holds at any size is that the
// bytes follow the query: a budget with room, and the one-file index never fetched.
const BUDGET = 8 * 1024

test('opening search and typing a body-only word downloads a few shards, not the index, and finds the post', async ({
  page,
}) => {
  const fetched: { path: string; bytes: number }[] = []
  page.on('requestfinished', async (request) => {
    const path = new URL(request.url()).pathname
    if (!path.startsWith('/search-index')) return
    const sizes = await request.sizes()
    fetched.push({ path, bytes: sizes.responseBodySize + sizes.responseHeadersSize })
  })
  await page.goto('/')
  const dialog = await openSearch(page)
  await dialog.getByRole('combobox', { name: '글 검색' }).pressSequentially(BODY_WORD)
  const option = dialog.getByRole('option').filter({ hasText: POST_TITLE })
  await expect(option).toBeVisible()
  // The snippet quotes the body around the word, marked.
  await expect(option.locator('mark').filter({ hasText: BODY_WORD })).toBeVisible()
  await page.waitForLoadState('networkidle')

  const paths = fetched.map(({ path }) => path)
  expect(paths).toContain('/search-index/dict.json')
  expect(paths, 'the one-file index is never fetched').not.toContain('/search-index.json')
  const total = fetched.reduce((sum, { bytes }) => sum + bytes, 0)
  console.log(`search bytes for "${BODY_WORD}": ${total} in ${fetched.length} files (${paths.join(', ')})`)
  expect(total).toBeLessThanOrEqual(BUDGET)
})

test('offline, a query whose shard is not loaded says search could not load, instead of loading forever', async ({
  page,
  context,
}) => {
  await page.goto('/')
  const dialog = await openSearch(page)
  const input = dialog.getByRole('combobox', { name: '글 검색' })
  await context.setOffline(true)
  await input.pressSequentially(BODY_WORD)
  await expect(dialog.getByRole('status')).toHaveText('검색 색인을 불러오지 못했습니다.')
  await expect(dialog.getByRole('option')).toHaveCount(0)
  await context.setOffline(false)
})
