import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// Every string a reader sees comes from lib/site/i18n.ts, so switching the site to
// `en-US` leaves no Korean behind. Comments may be Korean; code may not.
const HANGUL = /[\uAC00-\uD7A3\u3131-\u318E]/
const folders = ['app', 'components']

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(tsx?|css)$/.test(file))
    .map((file) => join(dir, file))
}

function withoutComments(source: string): string {
  return source.replace(/\{?\/\*[\s\S]*?\*\/\}?/g, '').replace(/(^|[^:'"`])\/\/[^\n]*/g, '$1')
}

describe('UI strings', () => {
  it('no Korean text is hard-coded in app/ or components/ (it belongs in lib/site/i18n.ts)', () => {
    const files = folders.flatMap(sourceFiles)
    expect(files.length).toBeGreaterThan(10)
    const offenders = files.flatMap((file) =>
      withoutComments(readFileSync(file, 'utf8'))
        .split('\n')
        .filter((line) => HANGUL.test(line))
        .map((line) => `${file}: ${line.trim()}`),
    )
    expect(offenders).toEqual([])
  })
})
