// `lastmod` from git: one `git log` over the content folder gives each file its
// newest commit; without a repository the map is empty and posts keep `date`.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { collectGitDates, lastModified, readGitDates, writeGitDates } from '@/lib/content/git-dates.mjs'
import { routes } from '@/lib/publishing/routes'

const root = mkdtempSync(join(tmpdir(), 'git-dates-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

function commit(message: string, date: string, files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(root, 'repo', file, '..'), { recursive: true })
    writeFileSync(join(root, 'repo', file), text)
  }
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }
  const git = (...args: string[]) => execFileSync('git', ['-C', join(root, 'repo'), ...args], { env })
  git('add', '-A')
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', message)
}

describe('collectGitDates', { timeout: 60_000 }, () => {
  it('gives each file under the content folder its newest commit date, paths relative to that folder', () => {
    execFileSync('git', ['init', '-q', join(root, 'repo')])
    commit('first', '2024-01-01T10:00:00+09:00', {
      'data/blog/첫-글.mdx': 'a',
      'data/blog/devops/old.mdx': 'b',
      'README.md': 'outside the content folder',
    })
    commit('edit', '2024-05-03T12:00:00+09:00', { 'data/blog/첫-글.mdx': 'a, edited' })
    const dates = collectGitDates(join(root, 'repo', 'data'))
    expect(dates).toEqual({
      'blog/첫-글.mdx': '2024-05-03T12:00:00+09:00',
      'blog/devops/old.mdx': '2024-01-01T10:00:00+09:00',
    })

    writeGitDates(join(root, 'repo'), 'data')
    expect(readGitDates(join(root, 'repo'), 'data')['blog/첫-글.mdx']).toBe('2024-05-03T12:00:00+09:00')
    // A map made for another content folder is not used.
    expect(readGitDates(join(root, 'repo'), 'e2e/fixtures/content')).toEqual({})
  })

  it('is empty outside a git checkout (a tarball of the project)', () => {
    mkdirSync(join(root, 'tarball', 'data', 'blog'), { recursive: true })
    writeFileSync(join(root, 'tarball', 'data', 'blog', 'a.mdx'), 'a')
    expect(collectGitDates(join(root, 'tarball', 'data'))).toEqual({})
    expect(readGitDates(join(root, 'tarball'), 'data')).toEqual({})
  })
})

describe('lastModified', () => {
  const date = '2024-01-01T00:00:00.000Z'
  it('the frontmatter wins, then a later commit, then the date', () => {
    expect(lastModified({ lastmod: '2024-02-01T00:00:00.000Z', committed: '2024-09-01T00:00:00Z', date })).toBe('2024-02-01T00:00:00.000Z')
    expect(lastModified({ committed: '2024-05-03T12:00:00+09:00', date })).toBe('2024-05-03T03:00:00.000Z')
    // Committed before its date (a scheduled post): the date stays.
    expect(lastModified({ committed: '2023-12-01T00:00:00Z', date })).toBe(date)
    expect(lastModified({ date })).toBe(date)
  })
})

describe('routes.editPost', () => {
  it('links to the file under editUrl, and is off when editUrl is empty', () => {
    expect(routes.editPost('blog/devops/첫 글.mdx', 'https://github.com/me/blog/edit/main/data/')).toBe(
      `https://github.com/me/blog/edit/main/data/blog/devops/${encodeURIComponent('첫 글.mdx')}`,
    )
    expect(routes.editPost('blog/a.mdx', '')).toBeUndefined()
  })
})
