import { notFound } from 'next/navigation'
import type { Metadata } from 'next'

// The framework floor for `npm run bench`: the root layout and almost nothing
// else, so a page's own script cost is "page minus floor". It exists only in
// builds made with BENCH_FLOOR=1 (scripts/bench); every other build prerenders
// it as a 404. Nothing links here and robots are told not to index it.
export const dynamic = 'force-static'
export const metadata: Metadata = { title: 'floor', robots: { index: false, follow: false } }

export default function BenchFloorPage() {
  if (process.env.BENCH_FLOOR !== '1') notFound()
  return <p>floor</p>
}
