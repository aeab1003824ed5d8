// Types for the test of the corpus generator (the generator itself is plain JS run by node).
export function makePost(i: number, seed: number): { file: string; text: string }
export function writeCorpus(options: { posts: number; seed?: number; out?: string }): string
export function parseArgs(argv: string[]): Record<string, string | true>
