import type { Metadata } from 'next'
import Image from 'next/image'
import { notFound } from 'next/navigation'
import { MdxContent } from '@/components/mdx-content'
import { getDefaultAuthor } from '@/lib/content'
import { t } from '@/lib/site/i18n'
import { pageMetadata } from '@/lib/publishing/metadata'
import { routes } from '@/lib/publishing/routes'

export const metadata: Metadata = pageMetadata({ path: routes.about(), title: t.about })

export default function AboutPage() {
  const author = getDefaultAuthor()
  if (!author) notFound()
  return (
    <article className="space-y-8">
      <h1 className="text-3xl font-extrabold tracking-tight sm:text-4xl">{t.about}</h1>
      <div className="flex items-center gap-4">
        {author.avatar && <Image src={author.avatar} alt="" width={96} height={96} className="h-24 w-24 rounded-full" />}
        <div>
          <p className="text-xl font-bold">{author.name}</p>
          {author.occupation && <p className="text-gray-600 dark:text-gray-300">{author.occupation}</p>}
          {author.company && <p className="text-gray-500 dark:text-gray-400">{author.company}</p>}
        </div>
      </div>
      <div className="prose dark:prose-invert max-w-none">
        <MdxContent source={author.body.raw} />
      </div>
    </article>
  )
}
