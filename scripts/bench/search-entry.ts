// Bundled by scripts/bench/search.mjs into the benchmark page: the site's own engine.
import { createSearchEngine } from '../../lib/search/engine'
import { readIndexFile, type SearchIndexFile } from '../../lib/search/index-file'

declare global {
  interface Window {
    benchSearch: { load: (file: SearchIndexFile) => ReturnType<typeof createSearchEngine> }
  }
}

window.benchSearch = { load: (file) => createSearchEngine(readIndexFile(file)) }
