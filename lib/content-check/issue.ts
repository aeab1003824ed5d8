// A content problem and how it is printed: shared by the check (terminal) and
// the dev error panel (browser), which must not pull the whole check into a page.
/** Where `npm run dev` leaves the latest errors for the in-page panel (components/content-errors-panel.tsx). */
export const DEV_ERRORS_FILE = '.contentlayer/content-errors.json'

export type Issue = {
  severity: 'error' | 'warning'
  /** the file as the writer would open it (relative to the working folder when inside it) */
  file: string
  line?: number
  column?: number
  field?: string
  problem: string
  expected?: string
  found?: string
}

/** `data/blog/a.mdx:3:7 error in date: …` plus the expected / found lines. */
export function formatIssue(issue: Issue): string {
  const where = [issue.file, issue.line, issue.line !== undefined ? issue.column : undefined]
    .filter((part) => part !== undefined)
    .join(':')
  const field = issue.field ? ` in \`${issue.field}\`` : ''
  const lines = [`${where} ${issue.severity}${field}: ${issue.problem}`]
  if (issue.expected) lines.push(`  expected: ${issue.expected}`)
  if (issue.found) lines.push(`  found:    ${issue.found}`)
  return lines.join('\n')
}

export function formatReport(issues: Issue[]): string {
  const errors = issues.filter((issue) => issue.severity === 'error').length
  const warnings = issues.length - errors
  const summary = [errors && `${errors} error${errors === 1 ? '' : 's'}`, warnings && `${warnings} warning${warnings === 1 ? '' : 's'}`]
    .filter(Boolean)
    .join(', ')
  return `${issues.map(formatIssue).join('\n\n')}\n\nContent check: ${summary}.`
}

