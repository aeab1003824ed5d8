// The publishing rule, in one place (re-exported by ./index.ts). Plain data in, so
// the content check, which runs before contentlayer, asks the same question.
import { siteConfig } from '../../data/site-config'

/**
 * A post is public when it is not a draft and its date (read in the site time
 * zone) is not after the build's clock.
 */
export function isPublished(post: { draft?: boolean; date: string }, now: Date = new Date()): boolean {
  return !post.draft && new Date(post.date).getTime() <= now.getTime()
}

/** Minutes the zone is ahead of UTC at `at` (Seoul: 540). */
function offsetMinutes(at: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
      .formatToParts(at)
      .map((part) => [part.type, Number(part.value)]),
  )
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second)
  return Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / 60_000)
}

/**
 * The instant contentlayer makes of a frontmatter date (its `date.timezone`
 * option): a date without its own offset is a wall-clock time in the site zone.
 */
export function frontmatterDate(value: string, timeZone: string = siteConfig.timeZone): string {
  const instant = new Date(value)
  if (/(?:Z|[+-]\d{2}:?\d{2})$/i.test(value.trim())) return instant.toISOString()
  return new Date(instant.getTime() - offsetMinutes(instant, timeZone) * 60_000).toISOString()
}
