// The files of the sharded search index for this build's published posts, built once per build.
import { getPublishedPosts } from '../content'
import { indexPost } from './build-index'
import { buildShardedIndex } from './shards'

let files: Map<string, unknown> | undefined

/** file name (without `.json`) -> its JSON body: `dict`, every shard, and `p-<id>` for each post. */
export function searchFiles(): Map<string, unknown> {
  if (!files) {
    const { dictionary, shards, posts } = buildShardedIndex(getPublishedPosts().map(indexPost))
    files = new Map<string, unknown>([['dict', dictionary], ...shards, ...posts.map((post, id) => [`p-${id}`, post] as const)])
  }
  return files
}
