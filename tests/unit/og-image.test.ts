// The seed post's Open Graph card must show its Korean title as letters, not
// as empty boxes (tofu). A font without Hangul draws every syllable as the same
// box, so the check is: the title band has ink, and different syllables leave
// different marks. The rendered card is kept in test-results/ to look at.
import { mkdirSync, writeFileSync } from 'node:fs'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { drawableText, renderOgImage } from '@/lib/publishing/og-image'

const SEED_TITLE = '내가 해결한 문제 중 가장 어려운 문제는 무엇이었나?'
const TITLE_BAND = { top: 200, bottom: 470, left: 80, right: 1120 }

async function render(title: string) {
  const response = await renderOgImage({ title, date: '2023-07-30T15:00:00Z' })
  const bytes = Buffer.from(await response.arrayBuffer())
  return { bytes, png: PNG.sync.read(bytes) }
}

/** Title-coloured pixels (near-black; the blue site name and grey date do not count). */
const isInk = (data: Buffer, i: number) => data[i] < 100 && data[i + 1] < 100 && data[i + 2] < 100

/** Ink in the title band. */
function inkIn(png: PNG): boolean[] {
  const ink: boolean[] = []
  for (let y = TITLE_BAND.top; y < TITLE_BAND.bottom; y++) {
    for (let x = TITLE_BAND.left; x < TITLE_BAND.right; x++) {
      const i = (y * png.width + x) * 4
      ink.push(isInk(png.data, i))
    }
  }
  return ink
}

const count = (ink: boolean[]) => ink.filter(Boolean).length
const differing = (a: boolean[], b: boolean[]) => a.filter((value, i) => value !== b[i]).length

describe('OG image', () => {
  it('draws the seed post’s Hangul title as glyphs', async () => {
    const seed = await render(SEED_TITLE)
    mkdirSync('test-results', { recursive: true })
    writeFileSync('test-results/og-seed-post.png', seed.bytes)
    expect([seed.png.width, seed.png.height]).toEqual([1200, 630])

    const empty = inkIn((await render('')).png)
    const title = inkIn(seed.png)
    expect(count(empty)).toBe(0)
    // 24 bold syllables at 68px leave tens of thousands of dark pixels.
    expect(count(title)).toBeGreaterThan(20_000)

    // Boxes would look alike; real glyphs of different syllables do not.
    const ga = inkIn((await render('가가가가')).png)
    const hih = inkIn((await render('힣힣힣힣')).png)
    expect(count(ga)).toBeGreaterThan(1_000)
    expect(differing(ga, hih)).toBeGreaterThan(count(ga) / 3)
  }, 60_000)

  it('clamps a very long title to three lines', async () => {
    const oneLine = count(inkIn((await render('가나다라')).png))
    const long = await render('아주 긴 제목 '.repeat(40))
    const rows = new Set<number>()
    for (let y = 0; y < long.png.height; y++) {
      for (let x = TITLE_BAND.left; x < TITLE_BAND.right; x++) {
        const i = (y * long.png.width + x) * 4
        if (isInk(long.png.data, i)) rows.add(y)
      }
    }
    expect(oneLine).toBeGreaterThan(0)
    // Three lines of 68px text at 1.3 line height fit in ~270px; the grey date row sits below 500.
    const titleRows = [...rows].filter((y) => y < 500)
    expect(titleRows.length).toBeGreaterThan(150)
    expect(Math.max(...titleRows) - Math.min(...titleRows)).toBeLessThan(3 * 68 * 1.3 + 10)
  }, 60_000)

  it('leaves out characters the font cannot draw instead of fetching a fallback', () => {
    expect(drawableText('한글 제목 🎉 漢字 A < B & "C"')).toBe('한글 제목 A < B & "C"')
  })
})
