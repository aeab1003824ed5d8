import type { Segment } from '@/lib/search/hangul'

/** Text with its matched parts in <mark>, drawn as React nodes (post text is never parsed as HTML). */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return segments.map((segment, i) =>
    segment.match ? (
      <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-inherit dark:bg-yellow-700/60">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  )
}
