import { serializeJsonLd } from '@/lib/publishing/metadata'

/**
 * Structured data for search engines, one script per object; serialised so no
 * string in it can end the script.
 */
export function JsonLd({ data }: { data: readonly object[] }) {
  return data.map((item, i) => (
    <script key={i} type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(item) }} />
  ))
}
