import { t } from '@/lib/site/i18n'

/** `4분 분량` / `4 min read`, from the minutes contentlayer counted at build time; never split over two lines. */
export function ReadingTime({ minutes, className = '' }: { minutes: number; className?: string }) {
  return <span className={`whitespace-nowrap ${className}`}>{t.readingTime(minutes)}</span>
}
