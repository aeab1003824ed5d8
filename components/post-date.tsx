import { formatDate, isoDay } from '@/lib/site/format-date'
import { localeOf } from '@/lib/site/language'
import type { Dictionary } from '@/lib/site/i18n'

/** A date as readers write it (`2023년 7월 31일`), kept on one line: a phone never breaks it after `7월`. */
export function PostDate({ date, className = '', t }: { date: string; className?: string; t?: Dictionary }) {
  return (
    <time dateTime={isoDay(date)} className={`whitespace-nowrap ${className}`}>
      {formatDate(date, t ? localeOf(t.lang) : undefined)}
    </time>
  )
}
