'use client'
// The search dialog. A modal <dialog> keeps focus inside it and makes the page
// behind inert; closing gives focus back to what had it. The input is
// uncontrolled and read on every native `input` event, composition included,
// so Korean results update while a syllable is still being composed and the
// IME's text is never rewritten by React.
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { t } from '@/lib/site/i18n'
import type { SearchResult } from '@/lib/search/engine'
import { loadSearchEngine } from '@/lib/search/load'
import type { ShardedSearch } from '@/lib/search/sharded-engine'
import { Highlighted } from './highlighted'
import { PostDate } from './post-date'
import { routes } from '@/lib/publishing/routes'

type Status = 'loading' | 'ready' | 'failed'

export default function SearchDialog({ onClose }: { onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const engineRef = useRef<ShardedSearch | null>(null)
  const [status, setStatus] = useState<Status>('loading')
  const [query, setQuery] = useState('')
  const [results, setResults] = useState<SearchResult[]>([])
  const [answered, setAnswered] = useState('')
  const [active, setActive] = useState(0)
  const router = useRouter()
  const id = useId()

  // Open as a modal, and hand focus back to the opener when closed.
  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (!dialog.open) dialog.showModal()
    inputRef.current?.focus()
    return () => opener?.focus()
  }, [])

  useEffect(() => {
    const input = inputRef.current
    if (!input) return
    // Each query fetches its own shards: only the answer to the latest keystroke is shown.
    let latest = 0
    const run = () => {
      const value = input.value
      setQuery(value)
      const engine = engineRef.current
      if (!engine) return
      const asked = ++latest
      engine.search(value).then(
        (found) => {
          if (asked !== latest) return
          setResults(found)
          setAnswered(value)
          setActive(0)
        },
        () => asked === latest && setStatus('failed'),
      )
    }
    input.addEventListener('input', run)
    let alive = true
    loadSearchEngine().then(
      (engine) => {
        if (!alive) return
        engineRef.current = engine
        setStatus('ready')
        run()
      },
      () => alive && setStatus('failed'),
    )
    return () => {
      alive = false
      input.removeEventListener('input', run)
    }
  }, [])

  function go(result: SearchResult | undefined) {
    if (!result) return
    dialogRef.current?.close()
    router.push(result.path)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // While an IME is composing, Enter and the arrows belong to it.
    if (event.nativeEvent.isComposing || event.keyCode === 229) return
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (results.length === 0) return
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((i) => (i + step + results.length) % results.length)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      go(results[active])
    } else if (event.key === 'Escape') {
      // Close at once, even with text typed (a search field would clear it first).
      event.preventDefault()
      dialogRef.current?.close()
    }
  }

  const trimmed = query.trim()
  const optionId = (i: number) => `${id}-option-${i}`
  let message = ''
  if (status === 'loading') message = t.searchLoading
  else if (status === 'failed') message = t.searchFailed
  else if (!trimmed) message = t.searchHint
  else if (results.length === 0) message = answered === query ? t.searchNoResults(trimmed) : t.searchLoading

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onClick={(event) => event.target === dialogRef.current && dialogRef.current.close()}
      className="mx-auto mt-[10vh] w-[min(40rem,calc(100vw-2rem))] rounded-lg bg-white p-0 text-gray-900 shadow-2xl backdrop:bg-gray-950/50 dark:bg-gray-900 dark:text-gray-100"
    >
      <h2 id={`${id}-title`} className="sr-only">
        {t.searchLabel}
      </h2>
      <div className="border-b border-gray-200 p-3 dark:border-gray-800">
        <label htmlFor={`${id}-input`} className="sr-only">
          {t.searchLabel}
        </label>
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-expanded={results.length > 0}
          aria-controls={`${id}-listbox`}
          aria-autocomplete="list"
          aria-activedescendant={results.length > 0 ? optionId(active) : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={t.searchPlaceholder}
          onKeyDown={onKeyDown}
          className="w-full rounded-md bg-transparent px-2 py-2 text-lg outline-none"
        />
      </div>
      <ul
        id={`${id}-listbox`}
        role="listbox"
        aria-label={t.searchResults}
        className="max-h-[60vh] overflow-y-auto p-2"
      >
        {results.map((result, i) => (
          <li
            key={result.path}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            onMouseMove={() => setActive(i)}
            onClick={() => go(result)}
            className={`cursor-pointer rounded-md px-3 py-2 ${i === active ? 'bg-gray-100 dark:bg-gray-800' : ''}`}
          >
            <div className="font-semibold">
              <Highlighted segments={result.title} />
            </div>
            <PostDate date={result.date} className="text-xs text-gray-500 dark:text-gray-400" />
            <p className="line-clamp-2 text-sm text-gray-600 dark:text-gray-300">
              <Highlighted segments={result.snippet} />
            </p>
          </li>
        ))}
      </ul>
      <p role="status" className="px-5 pb-3 text-sm text-gray-500 dark:text-gray-400">
        {message || t.searchResultCount(results.length)}
      </p>
      <p className="flex justify-between border-t border-gray-200 px-5 py-2 text-xs text-gray-500 dark:border-gray-800">
        <span>{t.searchKeys}</span>
        {trimmed && (
          <Link
            href={routes.search(trimmed)}
            className="underline"
            onClick={() => dialogRef.current?.close()}
          >
            {t.searchSeeAll}
          </Link>
        )}
      </p>
    </dialog>
  )
}
