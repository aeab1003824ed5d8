// Open Graph cards (1200×630 PNG) drawn at build time by Next's ImageResponse.
// The font comes from the `pretendard` package on disk: Satori reads OTF/TTF
// (not woff2), and a Hangul-capable font is what keeps Korean titles from
// turning into empty boxes. Nothing is fetched from the network.
import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ImageResponse } from 'next/og'
import { siteConfig } from '@/data/site-config'
import { buildCacheDir } from '../markdown/compile-cache'
import { formatDate } from '../site/format-date'
import { OG_IMAGE_SIZE } from './metadata'

const FONT_DIR = join(process.cwd(), 'node_modules', 'pretendard', 'dist', 'public', 'static')

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }
let fonts: Promise<Font[]> | undefined

function loadFonts(): Promise<Font[]> {
  fonts ??= Promise.all([
    readFile(join(FONT_DIR, 'Pretendard-Regular.otf')).then((data): Font => ({ name: 'Pretendard', data, weight: 400, style: 'normal' })),
    readFile(join(FONT_DIR, 'Pretendard-Bold.otf')).then((data): Font => ({ name: 'Pretendard', data, weight: 700, style: 'normal' })),
  ])
  return fonts
}

/**
 * Satori fetches a fallback font (from Google Fonts) or emoji image (from a
 * CDN) for any character the given fonts lack. A build must not reach the
 * network, so characters outside Pretendard's Hangul and Latin coverage are
 * left out of the picture (the page title itself keeps them).
 */
export function drawableText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[^\p{Script=Hangul}\u0020-\u007E\u00A0-\u017F\u2010-\u2027\u2030-\u205E\u3000-\u3011\uFF01-\uFF5E]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
}

export type OgCard = { title: string; date?: string; siteName?: string }

/** A post's card (app/og/[...slug]/route.tsx, and the build helper: lib/publishing/precompile.ts). */
export const postOgCard = (post: { title: string; date: string }): OgCard => ({ title: post.title, date: post.date })

/**
 * A card is drawn once and kept in the build cache by what it shows (and the
 * code and packages that draw it), so a rebuild draws only new or retitled posts.
 */
export async function renderOgImage(card: OgCard): Promise<Response> {
  const dir = buildCacheDir('og')
  // `npm run dev` draws each time, with ImageResponse's no-cache headers.
  if (!dir || process.env.NODE_ENV === 'development') return drawOgImage(card)
  const file = join(dir, `${await cardKey(card)}.png`)
  const cached = await readFile(/*turbopackIgnore: true*/ file).catch(() => undefined)
  if (cached) return new Response(new Uint8Array(cached), { headers: PNG_HEADERS })
  const png = Buffer.from(await (await drawOgImage(card)).arrayBuffer())
  await mkdir(/*turbopackIgnore: true*/ dir, { recursive: true })
  const temp = `${file}.${process.pid}.tmp`
  await writeFile(/*turbopackIgnore: true*/ temp, png)
  await rename(/*turbopackIgnore: true*/ temp, file)
  return new Response(new Uint8Array(png), { headers: PNG_HEADERS })
}

// The headers ImageResponse gives a card in a build, so a cached card is served the same way.
const PNG_HEADERS = { 'content-type': 'image/png', 'cache-control': 'public, immutable, no-transform, max-age=31536000' }

async function cardKey({ title, date, siteName = siteConfig.title }: OgCard): Promise<string> {
  const card = [title, date ?? null, siteName, siteConfig.siteUrl, siteConfig.description, siteConfig.locale, siteConfig.timeZone]
  return createHash('sha256').update(await (drawingCode ??= codeHash())).update(JSON.stringify(card)).digest('hex')
}

let drawingCode: Promise<string> | undefined
async function codeHash(): Promise<string> {
  const hash = createHash('sha256').update('og v1')
  for (const file of ['package-lock.json', 'lib/publishing/og-image.tsx', 'lib/site/format-date.ts']) {
    hash.update(await readFile(join(/*turbopackIgnore: true*/ process.cwd(), file)).catch(() => 'missing'))
  }
  return hash.digest('hex')
}

async function drawOgImage({ title, date, siteName = siteConfig.title }: OgCard): Promise<ImageResponse> {
  const host = new URL(siteConfig.siteUrl).host
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '72px 80px',
          background: '#ffffff',
          color: '#111827',
          fontFamily: 'Pretendard',
          borderTop: '16px solid #2563eb',
        }}
      >
        <div style={{ display: 'flex', fontSize: 34, fontWeight: 700, color: '#2563eb' }}>{drawableText(siteName)}</div>
        <div
          style={{
            display: 'block',
            fontSize: 68,
            fontWeight: 700,
            lineHeight: 1.3,
            // Long titles wrap, then stop at three lines with an ellipsis.
            lineClamp: 3,
            overflow: 'hidden',
            wordBreak: 'keep-all',
          }}
        >
          {drawableText(title)}
        </div>
        <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 30, color: '#4b5563' }}>
          <span>{date ? formatDate(date) : drawableText(siteConfig.description)}</span>
          <span>{host}</span>
        </div>
      </div>
    ),
    { ...OG_IMAGE_SIZE, fonts: await loadFonts() },
  )
}
