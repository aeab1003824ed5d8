// Runs a real npm script (a build, an export) from a spec, as a writer would.
import { spawn } from 'node:child_process'

type Options = { env?: Record<string, string>; cwd?: string; limitMs: number }

/** Runs `npm run <script>`; kills its whole process group if it is still running after `limitMs`. */
export function npmRun(script: string, { env = {}, cwd, limitMs }: Options) {
  return new Promise<{ code: number | null; output: string; ms: number }>((resolve) => {
    const started = Date.now()
    const child = spawn('npm', ['run', script], {
      cwd,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), limitMs)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, output, ms: Date.now() - started })
    })
  })
}
