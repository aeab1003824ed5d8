import { t as siteDictionary, type Dictionary } from '@/lib/site/i18n'

/** `4분 분량` / `4 min read`, from the minutes contentlayer counted at build time; never split over two lines. */
export function ReadingTime({ minutes, className = '', t = siteDictionary }: { minutes: number; className?: string; t?: Dictionary }) {
  return <span className={`whitespace-nowrap ${className}`}>{t.readingTime(minutes)}</span>
}
