// Specs that run a whole build or export (which write .next, .contentlayer and
// out/ of the folder they run in, while other specs serve this checkout's) run
// it in a throwaway copy of the project instead.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'

/** Build output, caches and test results: never part of the copy. */
const NOT_COPIED = new Set(['node_modules', '.git', '.contentlayer', 'out', 'test-results', 'playwright-report'])
const copied = (path: string) => {
  const top = relative(process.cwd(), path).split(sep)[0]
  return !NOT_COPIED.has(top) && !top.startsWith('.next') && !top.endsWith('.tsbuildinfo')
}

/** The project's sources in a temp folder, node_modules hard-linked (copied when links cannot cross devices). */
export function projectCopy(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`))
  cpSync(process.cwd(), dir, { recursive: true, filter: copied })
  const linked = spawnSync('cp', ['-al', 'node_modules', join(dir, 'node_modules')])
  if (linked.status !== 0) cpSync('node_modules', join(dir, 'node_modules'), { recursive: true, verbatimSymlinks: true })
  return dir
}
