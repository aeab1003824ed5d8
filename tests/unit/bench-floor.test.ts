// /bench-floor is the benchmark's framework floor: it must answer 404 in every
// build except the benchmark's own (BENCH_FLOOR=1).
import { afterEach, describe, expect, it, vi } from 'vitest'
import BenchFloorPage, { metadata } from '@/app/bench-floor/page'

afterEach(() => vi.unstubAllEnvs())

describe('bench floor page', () => {
  it('is not found outside benchmark builds', () => {
    vi.stubEnv('BENCH_FLOOR', '')
    expect(() => BenchFloorPage()).toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/)
  })

  it('renders one word in benchmark builds and is never indexed', () => {
    vi.stubEnv('BENCH_FLOOR', '1')
    expect(BenchFloorPage().props.children).toBe('floor')
    expect(metadata.robots).toEqual({ index: false, follow: false })
  })
})
