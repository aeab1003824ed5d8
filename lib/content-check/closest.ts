// "Did you mean" hints: a field name for a typo like `tag`, a post, tag or heading for a broken link.

/** Edits (insert, delete, change one character, case ignored) from `a` to `b`. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1))
      previous = current
    }
  }
  return row[b.length]
}

/**
 * The known name nearest to `name`, or undefined when none is within
 * `maxDistance` edits (by default 2: a typo, not a different word).
 */
export function closest(name: string, known: Iterable<string>, maxDistance = 2): string | undefined {
  const best = [...known].map((k) => ({ k, d: editDistance(name, k) })).sort((a, b) => a.d - b.d)[0]
  return best && best.d <= maxDistance ? best.k : undefined
}
