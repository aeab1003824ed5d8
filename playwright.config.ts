import { defineConfig, devices } from '@playwright/test'

// Set by scripts/e2e.mjs when Playwright's own browser is missing (scripts/test-deps.mjs).
const executablePath = process.env.CHROMIUM_PATH
const isCI = Boolean(process.env.CI)

// Several checkouts on one machine can test at once with different E2E_PORT_BASE values.
const PORT_BASE = Number(process.env.E2E_PORT_BASE ?? 3100)
export const SITE_URL = `http://localhost:${PORT_BASE}`
export const FIXTURE_URL = `http://localhost:${PORT_BASE + 1}`
// e2e/dev.spec.ts starts `npm run dev` itself on PORT_BASE + 2.
// out/ (`npm run export`) served by a real nginx with deploy/nginx/blog.conf.
export const EXPORT_URL = `http://localhost:${PORT_BASE + 3}`
export const INJECTION_URL = `http://localhost:${PORT_BASE + 4}`
// e2e/.imported-out: the same blogs exported with BASE_PATH=/repo (scripts/e2e.mjs), served by nginx under /repo/.
export const IMPORTED_BASE_PATH = '/repo'
export const IMPORTED_EXPORT_URL = `http://localhost:${PORT_BASE + 5}${IMPORTED_BASE_PATH}`

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  // Waits, not speed limits: on two shared cores at load average 10 a page can
  // take seconds. Tests that visit many pages size their own (e2e/support/budget.ts).
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  reporter: isCI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: SITE_URL,
    trace: 'retain-on-failure',
    launchOptions: executablePath
      ? {
          executablePath,
          // This machine has no internet: keep Chromium from calling home at start.
          args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        }
      : {},
  },
  projects: [
    // The real data/ folder, built by `npm run build`.
    { name: 'site', testIgnore: /fixture\.spec|dev\.spec|injection\.spec|imported\.spec/, use: { ...devices['Desktop Chrome'], baseURL: SITE_URL } },
    // e2e/fixtures/content: enough posts to paginate, plus a draft and a future post.
    { name: 'fixture', testMatch: /fixture\.spec/, use: { ...devices['Desktop Chrome'], baseURL: FIXTURE_URL } },
    // `npm run dev` over a copy of data/: the writing loop. It waits for changes rather than timing them
    // (the dev loop's speed is `npm run bench -- dev`), so it runs beside the other projects.
    { name: 'dev', testMatch: /dev\.spec/, use: { ...devices['Desktop Chrome'] } },
    // e2e/fixtures/injection: script tags, quotes, templates and RTL marks in every field.
    { name: 'injection', testMatch: /injection\.spec/, use: { ...devices['Desktop Chrome'], baseURL: INJECTION_URL } },
    // e2e/.imported-out: the blogs of e2e/fixtures/import/ after `npm run import`, exported under /repo/ (scripts/e2e.mjs).
    // Tests name full URLs (IMPORTED_EXPORT_URL): a baseURL's path is dropped by every `/…` path.
    { name: 'imported', testMatch: /imported\.spec/, use: { ...devices['Desktop Chrome'], baseURL: `${IMPORTED_EXPORT_URL}/` } },
  ],
  webServer: [
    { command: `npm run start -- -p ${PORT_BASE}`, url: SITE_URL, reuseExistingServer: !isCI, timeout: 60_000 },
    {
      command: `npm run start -- -p ${PORT_BASE + 1}`,
      url: FIXTURE_URL,
      env: { NEXT_DIST_DIR: '.next-fixture' },
      reuseExistingServer: !isCI,
      timeout: 60_000,
    },
    {
      command: `node scripts/serve-export.mjs ${PORT_BASE + 3}`,
      url: EXPORT_URL,
      reuseExistingServer: !isCI,
      timeout: 30_000,
      // Lets the script stop nginx and remove its temp folder.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
    {
      command: `npm run start -- -p ${PORT_BASE + 4}`,
      url: INJECTION_URL,
      env: { NEXT_DIST_DIR: '.next-injection' },
      reuseExistingServer: !isCI,
      timeout: 60_000,
    },
    {
      command: `node scripts/serve-export.mjs ${PORT_BASE + 5} e2e/.imported-out ${IMPORTED_BASE_PATH}`,
      url: `${IMPORTED_EXPORT_URL}/`,
      reuseExistingServer: !isCI,
      timeout: 30_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
  ],
})
