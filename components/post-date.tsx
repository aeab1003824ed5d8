import { formatDate, isoDay } from '@/lib/site/format-date'

export function PostDate({ date, className }: { date: string; className?: string }) {
  return (
    <time dateTime={isoDay(date)} className={className}>
      {formatDate(date)}
    </time>
  )
}
