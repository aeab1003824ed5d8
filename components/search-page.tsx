'use client'
// /search?q=: the same engine as the dialog, with results as plain links so a
// query can be shared. Typing updates the address (replaceState) as well.
import Link from 'next/link'
import { useSearchParams } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'
import { t } from '@/lib/site/i18n'
import type { SearchResult } from '@/lib/search/engine'
import { loadSearchEngine } from '@/lib/search/load'
import type { ShardedSearch } from '@/lib/search/sharded-engine'
import { Highlighted } from './highlighted'
import { PostDate } from './post-date'
import { routes } from '@/lib/publishing/routes'

export function SearchPage() {
  const initial = useSearchParams().get('q') ?? ''
  const inputRef = useRef<HTMLInputElement>(null)
  const [engine, setEngine] = useState<ShardedSearch | null>(null)
  const [failed, setFailed] = useState(false)
  const [query, setQuery] = useState(initial)

  useEffect(() => {
    let alive = true
    loadSearchEngine().then(
      (loaded) => alive && setEngine(loaded),
      () => alive && setFailed(true),
    )
    return () => {
      alive = false
    }
  }, [])

  // Native `input` events: composition included, the IME's text left alone.
  useEffect(() => {
    const input = inputRef.current
    if (!input) return
    const onInput = () => {
      setQuery(input.value)
      const url = new URL(window.location.href)
      url.searchParams.set('q', input.value)
      window.history.replaceState(null, '', url)
    }
    input.addEventListener('input', onInput)
    return () => input.removeEventListener('input', onInput)
  }, [])

  const trimmed = query.trim()
  // Each query fetches its own shards: the results of the last query answered stay up until then.
  const [found, setFound] = useState<{ query: string; results: SearchResult[] }>({ query: '', results: [] })
  useEffect(() => {
    if (!engine) return
    let current = true
    engine.search(trimmed, 50).then(
      (results) => current && setFound({ query: trimmed, results }),
      () => current && setFailed(true),
    )
    return () => {
      current = false
    }
  }, [engine, trimmed])
  const results = trimmed ? found.results : []

  return (
    <div>
      <form role="search" action={routes.search()} onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="search-page-input" className="sr-only">
          {t.searchLabel}
        </label>
        <input
          ref={inputRef}
          id="search-page-input"
          name="q"
          type="search"
          defaultValue={initial}
          autoComplete="off"
          spellCheck={false}
          placeholder={t.searchPlaceholder}
          className="w-full rounded-md border border-gray-300 bg-transparent px-3 py-2 text-lg dark:border-gray-700"
        />
      </form>
      <p role="status" className="mt-4 text-sm text-gray-500 dark:text-gray-400">
        {failed
          ? t.searchFailed
          : !engine
            ? t.searchLoading
            : !trimmed
              ? t.searchHint
              : results.length === 0
                ? found.query === trimmed
                  ? t.searchNoResults(trimmed)
                  : t.searchLoading
                : t.searchResultCount(results.length)}
      </p>
      <ul className="divide-y divide-gray-200 dark:divide-gray-800" aria-label={t.searchResults}>
        {results.map((result) => (
          <li key={result.path} className="py-6">
            <article className="space-y-1">
              <PostDate date={result.date} className="text-sm text-gray-500 dark:text-gray-400" />
              <h2 className="text-xl font-bold tracking-tight">
                <Link href={result.path} className="hover:text-accent-600 dark:hover:text-accent-400">
                  <Highlighted segments={result.title} />
                </Link>
              </h2>
              <p className="text-gray-600 dark:text-gray-300">
                <Highlighted segments={result.snippet} />
              </p>
            </article>
          </li>
        ))}
      </ul>
    </div>
  )
}
