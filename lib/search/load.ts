// Browser side: the engine code and the search dictionary are fetched the first
// time search is opened (later opens reuse the same promise); each query then
// fetches only the shards and posts it needs (./sharded-engine).
import { routes, sitePath } from '../publishing/routes'
import type { ShardedSearch } from './sharded-engine'

let engine: Promise<ShardedSearch> | undefined

async function json<T>(file: string): Promise<T> {
  const url = routes.searchShard(file)
  const response = await fetch(sitePath(url))
  if (!response.ok) throw new Error(`${url}: ${response.status}`)
  return response.json() as Promise<T>
}

export function loadSearchEngine(): Promise<ShardedSearch> {
  engine ??= import('./sharded-engine')
    .then(({ createShardedSearch }) =>
      createShardedSearch({ dictionary: () => json('dict'), shard: (file) => json(file), post: (id) => json(`p-${id}`) }),
    )
    .catch((error: unknown) => {
      // Let a later open try again (e.g. after the network came back).
      engine = undefined
      throw error
    })
  return engine
}
