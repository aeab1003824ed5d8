// Browser side: the engine code and the index are fetched together, once, the
// first time search is opened; later opens reuse the same promise.
import type { SearchEngine } from './engine'
import { readIndexFile, SEARCH_INDEX_URL, type SearchIndexFile } from './index-file'

let engine: Promise<SearchEngine> | undefined

export function loadSearchEngine(): Promise<SearchEngine> {
  engine ??= Promise.all([import('./engine'), fetch(SEARCH_INDEX_URL)])
    .then(async ([{ createSearchEngineAsync }, response]) => {
      if (!response.ok) throw new Error(`${SEARCH_INDEX_URL}: ${response.status}`)
      const file: SearchIndexFile = await response.json()
      return createSearchEngineAsync(readIndexFile(file))
    })
    .catch((error: unknown) => {
      // Let a later open try again (e.g. after the network came back).
      engine = undefined
      throw error
    })
  return engine
}
