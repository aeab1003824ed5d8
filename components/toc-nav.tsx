'use client'
import { useEffect, useState } from 'react'
import type { TocEntry } from '@/lib/markdown/headings'

/** The TOC links; the section being read is marked (aria-current) as the reader scrolls. */
export function TocNav({ entries }: { entries: TocEntry[] }) {
  const [active, setActive] = useState<string>()
  useEffect(() => {
    const headings = entries
      .map((entry) => document.getElementById(entry.id))
      .filter((heading): heading is HTMLElement => heading !== null)
    // The current section is the last heading that has scrolled past the top
    // fifth of the screen; the observer says when to look again.
    const update = () => {
      const line = window.innerHeight / 5
      const passed = headings.filter((heading) => heading.getBoundingClientRect().top <= line)
      setActive(passed.at(-1)?.id ?? headings[0]?.id)
    }
    const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -80% 0px', threshold: [0, 1] })
    for (const heading of headings) observer.observe(heading)
    update()
    return () => observer.disconnect()
  }, [entries])

  return (
    <ul className="space-y-1.5 text-sm">
      {entries.map((entry) => (
        <li key={entry.id} style={{ paddingLeft: `${(entry.depth - 2) * 0.75}rem` }}>
          <a
            href={`#${entry.id}`}
            aria-current={active === entry.id ? 'location' : undefined}
            className="text-gray-600 hover:text-gray-900 aria-[current]:text-accent-600 dark:text-gray-400 dark:hover:text-gray-100 dark:aria-[current]:text-accent-400"
          >
            {entry.text}
          </a>
        </li>
      ))}
    </ul>
  )
}
