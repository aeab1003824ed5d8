// Runs one of our TypeScript entry points from a plain `node` script: the
// content check and `npm run new` share the schema, slug rules and site config
// with the site, so they are bundled with esbuild (packages stay external).
import { rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))

/** Bundles `entry` (relative to the project) and calls its `main(argv)`; returns the exit code. */
export async function runTs(entry, argv) {
  // Inside node_modules so the bundle resolves packages from the project; one
  // file per process so parallel runs (tests) never share a half-written bundle.
  const outfile = `${root}node_modules/.cache/run-ts/${entry.replace(/\W/g, '-')}-${process.pid}.mjs`
  await build({
    entryPoints: [`${root}${entry}`],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'error',
  })
  // Once imported the bundle is in memory: remove it now, since a watcher never returns.
  const { main } = await import(outfile).finally(() => rmSync(outfile, { force: true }))
  return main(argv)
}
