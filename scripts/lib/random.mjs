// Seeded random numbers for generated data (the benchmark corpus, the search
// benchmark's corpus and queries): the same seed gives the same sequence on
// every machine, so two runs, or two commits, measure the same input.

/** mulberry32: a tiny 32-bit generator; returns numbers in [0, 1). */
export function seededRandom(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
