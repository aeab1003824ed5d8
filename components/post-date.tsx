import { formatDate, isoDay } from '@/lib/site/format-date'

/** A date as readers write it (`2023년 7월 31일`), kept on one line: a phone never breaks it after `7월`. */
export function PostDate({ date, className = '' }: { date: string; className?: string }) {
  return (
    <time dateTime={isoDay(date)} className={`whitespace-nowrap ${className}`}>
      {formatDate(date)}
    </time>
  )
}
