/** `npm run export`: a static site, no server to answer a request with a redirect. */
export const isStaticExport = process.env.NEXT_OUTPUT === 'export'

/**
 * `output: 'export'` refuses a dynamic route whose generateStaticParams returns
 * nothing, which is what a blog without any series yet has. Such a route then
 * gets one placeholder param; its page answers 404 for it like for any unknown
 * name, so the export holds one more copy of the 404 page and nothing else.
 */
export function exportSafeParams<T>(params: T[], placeholder: T): T[] {
  return params.length > 0 || !isStaticExport ? params : [placeholder]
}
