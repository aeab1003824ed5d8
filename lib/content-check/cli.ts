// Entry point bundled by scripts/check-content.mjs: checks CONTENT_DIR (or
// data/) once, or on every change with --watch (used by `npm run dev`).
import { mkdirSync, watch, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { checkContent, formatReport, type Issue } from '.'
import { DEV_ERRORS_FILE } from './issue'


export async function main(argv: string[]): Promise<number> {
  const contentDir = process.env.CONTENT_DIR || 'data'
  const run = async () => {
    const issues = await checkContent(contentDir)
    if (issues.length > 0) console.error(formatReport(issues))
    return issues
  }
  if (!argv.includes('--watch')) {
    const issues = await run()
    return issues.some((issue) => issue.severity === 'error') ? 1 : 0
  }
  const publish = (issues: Issue[]) => {
    mkdirSync(dirname(DEV_ERRORS_FILE), { recursive: true })
    writeFileSync(DEV_ERRORS_FILE, JSON.stringify(issues.filter((issue) => issue.severity === 'error'), null, 2))
  }
  let last = ''
  const recheck = async () => {
    const issues = await checkContent(contentDir)
    const report = issues.length > 0 ? formatReport(issues) : ''
    if (report !== last) {
      console.error(report || 'Content check: all posts are fine again.')
      last = report
      publish(issues)
    }
  }
  await recheck()
  let timer: NodeJS.Timeout | undefined
  watch(contentDir, { recursive: true }, () => {
    clearTimeout(timer)
    timer = setTimeout(() => void recheck(), 100)
  })
  return new Promise<number>(() => {})
}
