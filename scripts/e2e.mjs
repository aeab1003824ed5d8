// `npm run test:e2e`: find (or install) Chromium and nginx, build the production
// sites the browser tests read, then run Playwright. Extra arguments go to
// Playwright (`npm run test:e2e -- e2e/tags.spec.ts`).
import { spawnSync } from 'node:child_process'
import { renameSync, rmSync } from 'node:fs'
import { ensureTestDependencies } from './test-deps.mjs'

const chromium = ensureTestDependencies()
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...(chromium ? { CHROMIUM_PATH: chromium } : {}) }
// Read by data/site-config.ts at build time; e2e/integrations.fixture.spec.ts checks the same values.
const GISCUS_FIXTURE = { GISCUS_REPO: 'hangul-blog/e2e-comments', GISCUS_REPO_ID: 'R_e2e', GISCUS_CATEGORY_ID: 'DIC_e2e' }
// Search engines' ownership checks, read the same way; e2e/site-verification.fixture.spec.ts checks them.
const VERIFICATION_FIXTURE = {
  GOOGLE_SITE_VERIFICATION: 'e2e-google-code',
  NAVER_SITE_VERIFICATION: 'e2e-naver-code',
  BING_SITE_VERIFICATION: 'E2EBINGCODE',
  DAUM_SITE_VERIFICATION: '#DaumWebMasterTool:0e2e0daum:e2e_id',
}

// Served by playwright.config.ts's webServer: the imported blogs' export.
const IMPORTED_EXPORT = 'e2e/.imported-out'
// The same value as IMPORTED_BASE_PATH in playwright.config.ts.
const IMPORTED_BASE_PATH = '/repo'

function run(command, args, extraEnv = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

if (!process.env.E2E_SKIP_BUILD) {
  // The fixture corpus first: both builds share .contentlayer/, and the real
  // site's build must be the one left behind for `npm start`.
  // The fixture also switches giscus on (e2e/integrations.fixture.spec.ts) and sets every verification code.
  run('npm', ['run', 'build'], { CONTENT_DIR: 'e2e/fixtures/content', NEXT_DIST_DIR: '.next-fixture', ...GISCUS_FIXTURE, ...VERIFICATION_FIXTURE })
  // Hostile titles, tags and authors (e2e/injection.spec.ts). Built as on a host with no browser:
  // one diagram from the committed .diagrams/, one left to the reader's browser (e2e/diagrams.injection.spec.ts).
  run('npm', ['run', 'build'], { CONTENT_DIR: 'e2e/fixtures/injection', NEXT_DIST_DIR: '.next-injection', DIAGRAMS_BROWSER: 'off' })
  // The blogs of e2e/fixtures/import/, brought in by `npm run import` (e2e/imported.spec.ts).
  rmSync('e2e/.imported', { recursive: true, force: true })
  for (const source of ['jekyll', 'hugo', 'tnsb', 'velog', 'tistory']) {
    run('npm', ['run', '-s', 'import', '--', `e2e/fixtures/import/${source}`, '--to', 'e2e/.imported'])
  }
  // …and exported under a sub-path, as a GitHub Pages project site (e2e/base-path.imported.spec.ts).
  // The export always writes out/: move it aside.
  run('npm', ['run', 'export'], { CONTENT_DIR: 'e2e/.imported', BASE_PATH: IMPORTED_BASE_PATH })
  rmSync(IMPORTED_EXPORT, { recursive: true, force: true })
  renameSync('out', IMPORTED_EXPORT)
  // out/ for nginx. The export also writes its build files to .next, so the
  // real site is built after it.
  run('npm', ['run', 'export'])
  run('npm', ['run', 'build'])
}
run('npx', ['playwright', 'test', ...process.argv.slice(2)])
