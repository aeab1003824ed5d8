// Dates are shown in the site's time zone, never the machine's: a post dated
// 2023-07-31 reads "2023년 7월 31일" on a build server in UTC or in California.
import { siteConfig } from '@/data/site-config'

export function formatDate(iso: string, locale: string = siteConfig.locale, timeZone = siteConfig.timeZone): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone }).format(
    new Date(iso),
  )
}

/** `YYYY-MM-DD` of an instant in the site time zone, for `<time dateTime>`. */
export function isoDay(iso: string, timeZone = siteConfig.timeZone): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(
    new Date(iso),
  )
}
