// The remark plugins every post body goes through. The renderer
// (components/mdx-content.tsx) and the content check (lib/content-check/)
// share this list, so the check parses posts exactly as the pages will.
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import type { PluggableList } from 'unified'
import { remarkHeadingIds } from './headings'
import { remarkAlerts } from './remark-alerts'

export const remarkPlugins: PluggableList = [remarkGfm, remarkMath, remarkAlerts, remarkHeadingIds]
