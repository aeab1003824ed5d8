import { feedTagParams, tagFeedHandler } from '@/lib/publishing/feed'

// One file per tag at build time; an unknown tag is a 404.
export const dynamic = 'force-static'
export const generateStaticParams = feedTagParams
export const GET = tagFeedHandler('rss')
