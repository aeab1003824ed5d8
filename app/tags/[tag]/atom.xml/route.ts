import { tagFeedParams } from '@/lib/content/route-params'
import { tagFeedHandler } from '@/lib/publishing/feed'

// One file per tag at build time; an unknown tag is a 404.
export const dynamic = 'force-static'
export const generateStaticParams = tagFeedParams
export const GET = tagFeedHandler('atom')
