// Starts a server of this checkout for a measurement or a test: `next start` of
// a build, or `npm run dev`, on a port of its own. Used by the benchmark
// (scripts/bench/lib.mjs), the load test and e2e/dev.spec.ts. The server runs in
// its own process group: next start and npm run dev fork, and a stop (or a kill
// in the load test's fault) must reach every process of it.
import { spawn } from 'node:child_process'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '..', '..')
const NEXT = join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next')
// What is kept of the server's output, for its messages and for errors.
const KEEP_CHARS = 1_000_000

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Starts the server and resolves once `GET /` answers with a status that
 * `ready` accepts; rejects, with the end of the server's output, when it exits
 * first or has not answered within `timeoutMs` (and then stops it).
 *
 * @param {import('./server.d.mts').ServerOptions} options
 * @returns {Promise<import('./server.d.mts').Server>}
 */
export async function startServer({
  mode = 'start',
  port,
  host = 'localhost',
  distDir,
  env = {},
  ready = (status) => status < 500,
  timeoutMs = 60_000,
  echo = false,
}) {
  const [command, args] =
    mode === 'dev'
      ? ['npm', ['run', 'dev', '--', '-p', String(port)]]
      : [process.execPath, [NEXT, 'start', '-p', String(port)]]
  const child = spawn(command, args, {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      ...(mode === 'start' ? { NODE_ENV: 'production' } : {}),
      ...(distDir ? { NEXT_DIST_DIR: distDir } : {}),
      ...env,
    },
  })
  let output = ''
  const keep = (stream) => (chunk) => {
    output = (output + chunk).slice(-KEEP_CHARS)
    if (echo) stream.write(chunk)
  }
  child.stdout.on('data', keep(process.stdout))
  child.stderr.on('data', keep(process.stderr))
  const exited = new Promise((resolve) => child.on('exit', resolve))
  const name = mode === 'dev' ? 'npm run dev' : `next start of ${distDir ?? '.next'}`
  const url = `http://${host}:${port}`

  const stop = async (signal = 'SIGTERM', graceMs = 10_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const send = (sig) => {
      try {
        process.kill(-child.pid, sig)
      } catch {
        // the group is gone already
      }
    }
    send(signal)
    const timer = setTimeout(() => send('SIGKILL'), graceMs)
    await exited
    clearTimeout(timer)
  }

  const deadline = Date.now() + timeoutMs
  const fail = async (why) => {
    await stop('SIGKILL')
    throw new Error(`${name} on ${url} ${why}:\n${output.slice(-4000)}`)
  }
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await fail(`exited (${child.exitCode ?? child.signalCode}) before answering`)
    }
    try {
      // A first request can take long (next dev compiles the page): bounded by what is left.
      const response = await fetch(`${url}/`, { redirect: 'manual', signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())) })
      await response.arrayBuffer()
      if (ready(response.status)) break
    } catch {
      // not listening yet, or no answer before the deadline
    }
    if (Date.now() >= deadline) await fail(`did not answer within ${Math.round(timeoutMs / 1000)} s`)
    await sleep(250)
  }
  return { url, port, pid: child.pid, output: () => output, stop }
}
