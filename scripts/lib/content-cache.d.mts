// Types for TypeScript callers (tests) of the module beside it.
export function keepCacheFor(root: string, contentDir: string): void
