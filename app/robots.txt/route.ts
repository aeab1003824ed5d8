import { robotsTxt } from '@/lib/publishing/robots'

// Written once at build time (and into out/ by the static export).
export const dynamic = 'force-static'

export function GET() {
  return new Response(robotsTxt(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
