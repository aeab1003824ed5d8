// Runs once per machine zone (see vitest.config.ts). The site zone is Asia/Seoul,
// so every date below must read the same in UTC and in California.
import { describe, expect, it } from 'vitest'
import { getPostBySlug } from '@/lib/content'
import { formatDate, isoDay } from '@/lib/site/format-date'

const zone = process.env.TZ ?? ''
// Minutes behind UTC on 2023-07-31 (summer time in California).
const offsets: Record<string, number> = { UTC: 0, 'America/Los_Angeles': 420 }

describe(`dates on a machine in ${zone}`, () => {
  it('really runs in that zone', () => {
    expect(Object.keys(offsets)).toContain(zone)
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone)
    expect(new Date('2023-07-31T12:00:00Z').getTimezoneOffset()).toBe(offsets[zone])
  })

  it('reads the seed date 2023-07-31 as midnight in Seoul and shows 2023년 7월 31일', () => {
    // contentlayer reads frontmatter dates in siteConfig.timeZone: 00:00 KST = 15:00 UTC the day before.
    const seed = getPostBySlug('hardest-problem-i-solved')
    expect(seed?.date).toBe('2023-07-30T15:00:00Z')
    expect(formatDate(seed?.date ?? '')).toBe('2023년 7월 31일')
    expect(isoDay(seed?.date ?? '')).toBe('2023-07-31')
  })

  it('keeps instants near midnight on their Seoul day', () => {
    // 23:59:59 KST on the 31st is still the 31st, though it is the 31st 07:59 in California.
    expect(formatDate('2023-07-31T14:59:59Z')).toBe('2023년 7월 31일')
    // 00:00 KST on 1 August is still 31 July in UTC and in California.
    expect(formatDate('2023-07-31T15:00:00Z')).toBe('2023년 8월 1일')
    expect(isoDay('2023-07-31T15:00:00Z')).toBe('2023-08-01')
    // New Year in Seoul while it is still the old year everywhere west.
    expect(formatDate('2023-12-31T15:30:00Z')).toBe('2024년 1월 1일')
  })

  it('formats English dates in the site zone too', () => {
    expect(formatDate('2023-07-30T15:00:00Z', 'en-US')).toBe('July 31, 2023')
  })
})
