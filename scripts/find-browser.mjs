// Which Chromium the browser tests drive. Playwright's own build wins where it
// is installed (a normal developer machine); otherwise a system Chromium. On
// Debian as root with neither, Debian's `chromium` is installed; anywhere else
// we stop with one line that says what to do.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

/** `undefined` means "Playwright's own browser"; a path means "launch this one". */
export function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  try {
    if (existsSync(chromium.executablePath())) return undefined
  } catch {
    // Playwright has no browser registered for this platform.
  }
  return SYSTEM_CANDIDATES.find((path) => existsSync(path)) ?? null
}

export function ensureChromium() {
  const found = findChromium()
  if (found !== null) return found
  const isRoot = process.getuid?.() === 0
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian’s chromium package…')
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    const installed = findChromium()
    if (installed !== null) return installed
  }
  console.error(
    'No Chromium for the browser tests: run `npx playwright install chromium`, or `sudo apt-get install chromium` (Debian), or set CHROMIUM_PATH.',
  )
  process.exit(1)
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium() ?? 'playwright')
