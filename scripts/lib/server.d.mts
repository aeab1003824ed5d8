// Types for TypeScript callers (e2e/dev.spec.ts) of the plain-JS launcher beside it.
export type ServerOptions = {
  /** `next start` of a build (default), or `npm run dev` */
  mode?: 'start' | 'dev'
  port: number
  /** the host in `url` (default localhost) */
  host?: string
  /** NEXT_DIST_DIR: the build to serve, or where next dev writes */
  distDir?: string
  env?: Record<string, string>
  /** whether a status of `GET /` means "up" (default: below 500) */
  ready?: (status: number) => boolean
  timeoutMs?: number
  /** also print the server's output (it is kept either way) */
  echo?: boolean
}

export type Server = {
  url: string
  port: number
  pid: number
  /** everything the server printed so far (its last million characters) */
  output: () => string
  /** signals the whole process group and resolves once the server has exited (SIGKILL after `graceMs`) */
  stop: (signal?: NodeJS.Signals, graceMs?: number) => Promise<void>
}

export function startServer(options: ServerOptions): Promise<Server>
