import { serializeJsonLd } from '@/lib/metadata'

/** Structured data for search engines; serialised so no string in it can end the script. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
