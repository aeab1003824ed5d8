// Time budgets sized to a test's work. On two shared cores at load average 10
// one page visit can take several seconds, so a test that visits many pages
// gets a budget that grows with the number of visits instead of the default.
import { test } from '@playwright/test'

/** What one page visit (or request) may take on a busy machine. */
export const PER_VISIT_MS = 15_000

/** Sets the running test's timeout for `visits` page visits or requests. */
export function budgetFor(visits: number) {
  test.setTimeout(30_000 + visits * PER_VISIT_MS)
}
