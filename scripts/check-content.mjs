// `node scripts/check-content.mjs [--watch]`: the content check (lib/content-check.ts).
// The check is TypeScript that shares the schema and slug rules with the site,
// so it is bundled with esbuild (packages stay external) and then run.
import { rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
// Inside node_modules so the bundle resolves packages from the project; one
// file per process so parallel runs (tests) never share a half-written bundle.
const outfile = `${root}node_modules/.cache/content-check/cli-${process.pid}.mjs`

await build({
  entryPoints: [`${root}lib/content-check-cli.ts`],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile,
  logLevel: 'error',
})
try {
  const { main } = await import(outfile)
  process.exitCode = await main(process.argv.slice(2))
} finally {
  rmSync(outfile, { force: true })
}
