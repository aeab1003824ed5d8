// Types of git-dates.mjs (plain JS so that scripts/prepare.mjs can import it).
export const GIT_DATES_FILE: string
export function collectGitDates(contentDir: string): Record<string, string>
export function writeGitDates(root: string, contentDir: string): void
export function readGitDates(root: string, contentDir: string): Record<string, string>
export function lastModified(dates: { lastmod?: string; committed?: string; date: string }): string
