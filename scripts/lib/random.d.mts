// Types for TypeScript callers (tests) of the plain-JS generator beside it.
export function seededRandom(seed: number): () => number
