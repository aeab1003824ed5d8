// The font step of scripts/prepare.mjs: Pretendard subset to the glyphs of this
// build's content (lib/site/fonts/build.ts), into .fonts/, which app/globals.css imports.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { importTs } from './lib/typescript.mjs'

const ROOT = join(import.meta.dirname, '..')

export async function buildFonts() {
  const { buildFonts: build } = await importTs('lib/site/fonts/build.ts')
  const started = Date.now()
  const { files } = await build(ROOT)
  const total = files.reduce((sum, { bytes }) => sum + bytes, 0)
  console.log(
    `fonts: ${files.length} Pretendard files, ${files.map(({ glyphs, bytes }) => `${glyphs} glyphs ${Math.round(bytes / 1024)} KB`).join(', ')} ` +
      `(${Math.round(total / 1024)} KB in all) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildFonts()
