import { feedResponse } from '@/lib/publishing/feed'

// Written once at build time (and into out/ by the static export).
export const dynamic = 'force-static'

export function GET() {
  return feedResponse('json')
}
