import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { showUnpublished } from '@/lib/content'
import { DEV_ERRORS_FILE, formatIssue, type Issue } from '@/lib/content-check/issue'
import { t } from '@/lib/site/i18n'

function readErrors(): Issue[] {
  try {
    const issues: unknown = JSON.parse(readFileSync(join(/*turbopackIgnore: true*/ process.cwd(), DEV_ERRORS_FILE), 'utf8'))
    return Array.isArray(issues) ? issues : []
  } catch {
    return []
  }
}

/**
 * `npm run dev` only: the content check's current errors, the same text the
 * terminal shows, above every page until the file is fixed.
 */
export function ContentErrorsPanel() {
  if (!showUnpublished) return null
  const errors = readErrors()
  if (errors.length === 0) return null
  return (
    <section
      role="alert"
      aria-label={t.contentErrors}
      className="mb-8 rounded-lg border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <h2 className="font-bold">{t.contentErrorsTitle(errors.length)}</h2>
      {errors.map((issue, i) => (
        <pre key={i} className="mt-3 overflow-x-auto text-sm whitespace-pre-wrap">
          {formatIssue(issue)}
        </pre>
      ))}
    </section>
  )
}
