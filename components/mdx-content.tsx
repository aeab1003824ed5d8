import { MDXRemote } from 'next-mdx-remote/rsc'
import { remarkPlugins } from '@/lib/markdown/remark-plugins'
import { postRehypePlugins, remarkRehypeOptions } from '@/lib/markdown/rehype-plugins'
import { mdxComponents } from './mdx-components'

/**
 * Renders a post body. Post pages are prerendered, so this compiles each post
 * once per build and never at request time.
 */
type Props = {
  source: string
  /** absolute path of the post's BibTeX file, when it cites */
  bibliography?: string
  /** the post's folder in the content folder (`blog/rich`), for images kept next to it */
  dir?: string
}

export function MdxContent({ source, bibliography, dir }: Props) {
  return (
    <MDXRemote
      source={source}
      components={mdxComponents}
      options={{
        // Posts are the writer's own trusted code and use JSX props like width={800};
        // blockJS would silently drop them. Dangerous globals stay blocked.
        blockJS: false,
        blockDangerousJS: true,
        mdxOptions: {
          remarkPlugins,
          rehypePlugins: postRehypePlugins({ bibliography, dir }),
          remarkRehypeOptions,
        },
      }}
    />
  )
}
