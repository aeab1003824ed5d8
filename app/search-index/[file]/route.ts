// The sharded search index (lib/search/shards.ts) as static files, prerendered by
// `next build` and written to out/search-index/ by the static export.
import { notFound } from 'next/navigation'
import { searchFiles } from '@/lib/search/shard-files'

type Props = { params: Promise<{ file: string }> }

export const dynamic = 'force-static'

export function generateStaticParams() {
  return [...searchFiles().keys()].map((file) => ({ file: `${file}.json` }))
}

export async function GET(_request: Request, { params }: Props) {
  const { file } = await params
  const body = searchFiles().get(file.replace(/\.json$/, ''))
  if (body === undefined) notFound()
  return Response.json(body)
}
