// What a deploy of `next start` carries: Next traces the files each server route
// reads (`*.nft.json`). A file-system call whose path it cannot scope (a
// `join(process.cwd(), …)` without `/*turbopackIgnore: true*/`) makes it trace
// the whole project, README, tests and all, into every route's server files.
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { expect, test } from '@playwright/test'

const SERVER_APP = join('.next', 'server', 'app')

test('the server build traces only what its routes run, not the whole project', () => {
  const traces = readdirSync(SERVER_APP, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.nft.json'))
  expect(traces.length).toBeGreaterThan(10)
  const outside = new Set<string>()
  for (const trace of traces) {
    const { files } = JSON.parse(readFileSync(join(SERVER_APP, trace), 'utf8')) as { files: string[] }
    for (const file of files) {
      const path = relative(process.cwd(), resolve(dirname(join(SERVER_APP, trace)), file))
      if (/^(README\.md|BENCHMARKS\.md|tests|scripts|docs|components)(\/|$)|^e2e\/.*\.ts$/.test(path)) outside.add(`${trace}: ${path}`)
    }
  }
  expect([...outside].slice(0, 5)).toEqual([])
})
