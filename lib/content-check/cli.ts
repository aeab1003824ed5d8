// The content check as a command: run once by scripts/prepare.mjs before every
// build (and by `npm run content:check`), and kept watching beside `npm run dev`.
import { mkdirSync, watch, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { checkContent, formatReport, type Issue } from '.'
import { DEV_ERRORS_FILE } from './issue'

export type CheckResult = {
  issues: Issue[]
  /** What the terminal shows: every issue and the count, or '' when all is fine. */
  report: string
  /** 1 when any issue is an error (the build stops), 0 for warnings only. */
  status: 0 | 1
}

export const contentDirFromEnv = () => process.env.CONTENT_DIR || 'data'

export async function checkOnce(contentDir = contentDirFromEnv()): Promise<CheckResult> {
  const issues = await checkContent(contentDir)
  return {
    issues,
    report: issues.length > 0 ? formatReport(issues) : '',
    status: issues.some((issue) => issue.severity === 'error') ? 1 : 0,
  }
}

/**
 * Checks again on every change under `contentDir`, printing each new report and
 * leaving the errors in DEV_ERRORS_FILE for the dev page's panel. `first` is a
 * result already printed; without it the folder is checked now.
 */
export async function watchContent(contentDir = contentDirFromEnv(), first?: CheckResult): Promise<void> {
  const publish = (issues: Issue[]) => {
    mkdirSync(dirname(DEV_ERRORS_FILE), { recursive: true })
    writeFileSync(DEV_ERRORS_FILE, JSON.stringify(issues.filter((issue) => issue.severity === 'error'), null, 2))
  }
  let last = first?.report
  const recheck = async () => {
    const { issues, report } = await checkOnce(contentDir)
    if (report === last) return
    // Nothing to say on a clean first check; after a report, say it is gone.
    if (report || last !== undefined) console.error(report || 'Content check: all posts are fine again.')
    last = report
    publish(issues)
  }
  if (first) publish(first.issues)
  else await recheck()
  let timer: NodeJS.Timeout | undefined
  watch(contentDir, { recursive: true }, () => {
    clearTimeout(timer)
    timer = setTimeout(() => void recheck(), 100)
  })
}

/** `npm run content:check [-- --watch]`; resolves to the exit status (never, when watching). */
export async function main(argv: string[]): Promise<number> {
  if (argv.includes('--watch')) {
    await watchContent()
    return new Promise<number>(() => {})
  }
  const { report, status } = await checkOnce()
  if (report) console.error(report)
  return status
}
