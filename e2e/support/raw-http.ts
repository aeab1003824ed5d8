// A GET whose path goes on the wire exactly as written. fetch, URL and
// Playwright's `request` normalise `..`, `%2e` and bad escapes before sending,
// which would hide the very cases a malformed-URL test is about.
import http from 'node:http'

export type RawResponse = { status: number; location?: string; body: string }

export function rawGet(baseURL: string, path: string): Promise<RawResponse> {
  const { hostname, port } = new URL(baseURL)
  return new Promise((resolve, reject) => {
    const request = http.request({ host: hostname, port, path, method: 'GET' }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          location: response.headers.location,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      )
    })
    request.on('error', reject)
    request.setTimeout(15_000, () => request.destroy(new Error(`timeout: ${path.slice(0, 80)}`)))
    request.end()
  })
}
