// What the browser tests need from the system: a Chromium (Playwright's own
// build wins where it is installed; otherwise a system one) and nginx (the
// static export is served by a real nginx). On Debian as root, whatever is
// missing is installed with apt in one step; anywhere else we stop with one
// line that says what to install. The benchmark's browser parts use the same
// lookup (scripts/bench/).
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
const NGINX_CANDIDATES = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx']

/** `undefined` means "Playwright's own browser"; a path means "launch this one"; `null`, none. */
export function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  try {
    if (existsSync(chromium.executablePath())) return undefined
  } catch {
    // Playwright has no browser registered for this platform.
  }
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path)) ?? null
}

/** The Chromium to launch as a path (Playwright's own resolved to its file), or `null`: for launchers that need a path. */
export function chromiumExecutable() {
  const found = findChromium()
  return found === undefined ? chromium.executablePath() : found
}

/** The nginx binary, or `null`. */
export function findNginx() {
  const found = NGINX_CANDIDATES.find((path) => existsSync(path))
  if (found) return found
  return spawnSync('which', ['nginx'], { encoding: 'utf8' }).stdout?.trim() || null
}

/**
 * Makes sure Chromium and nginx are there and returns the Chromium to launch
 * (`undefined` for Playwright's own). Exits with one line when it cannot.
 */
export function ensureTestDependencies({ nginx = true } = {}) {
  const missing = []
  if (findChromium() === null) missing.push('chromium')
  if (nginx && findNginx() === null) missing.push('nginx-light')
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')
  if (missing.length > 0 && canApt) {
    console.log(`Installing Debian’s ${missing.join(' and ')} for the browser tests…`)
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env })
  }
  const chromiumPath = findChromium()
  const still = [chromiumPath === null && 'a Chromium', nginx && findNginx() === null && 'nginx'].filter(Boolean)
  if (still.length > 0) {
    console.error(
      `The browser tests need ${still.join(' and ')}: install ${missing.join(' and ')} (Debian: sudo apt-get install ${missing.join(' ')}; ` +
        'or `npx playwright install chromium` and your system’s nginx), or set CHROMIUM_PATH.',
    )
    process.exit(1)
  }
  return chromiumPath ?? undefined
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureTestDependencies() ?? 'playwright')
