// Types for the test of the corpus generator (the generator itself is plain JS run by node).
export type PostPlan = { bytes: number; fences: number; math: boolean; images: number; series?: string; seriesOrder?: number }
export type GeneratedPost = { file: string; text: string; images: { file: string; text: string }[] }
export const TARGET: Record<string, number>
export function planCorpus(posts: number, seed?: number): PostPlan[]
export function makePost(i: number, seed: number, plan?: PostPlan): GeneratedPost
export function writeCorpus(options: { posts: number; seed?: number; out?: string }): string
export function writePost(dir: string, post: GeneratedPost): void
export function svgImage(width: number, height: number, hue: number): string
export function corpusStats(texts: string[]): {
  posts: number
  medianBytes: number
  meanBytes: number
  maxBytes: number
  minBytes: number
  codeShare: number
  maxFences: number
  languages: number
  mathShare: number
  imagesPerPost: number
  tableShare: number
  alertShare: number
  seriesShare: number
  tags: number
}
export function parseArgs(argv: string[]): Record<string, string | true>
