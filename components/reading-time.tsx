import { t } from '@/lib/site/i18n'

/** `4분` / `4 min read`, from the minutes contentlayer counted at build time. */
export function ReadingTime({ minutes, className }: { minutes: number; className?: string }) {
  return (
    <span className={className}>
      <span className="sr-only">{t.readingTimeLabel} </span>
      {t.readingTime(minutes)}
    </span>
  )
}
