// Our TypeScript entry points (the content check, `npm run new`, the search
// benchmark's index builder) run from plain node scripts under tsx's loader,
// which reads tsconfig.json, so `@/` and `contentlayer/generated` resolve as
// they do in the site.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { register } from 'tsx/esm/api'

const ROOT = join(import.meta.dirname, '..', '..')
let registered = false

/**
 * Imports `path` (relative to the project root) as TypeScript. Packages named in
 * `native` are imported before the loader is registered: loader hooks see every
 * module imported after them, and contentlayer2 alone is about 1,900 ES modules
 * (effect-ts), which through the hooks doubles the content check's start-up.
 */
export async function importTs(path, { native = [] } = {}) {
  if (!registered) {
    for (const name of native) await import(name)
    register({ tsconfig: join(ROOT, 'tsconfig.json') })
    registered = true
  }
  return import(pathToFileURL(join(ROOT, path)).href)
}
