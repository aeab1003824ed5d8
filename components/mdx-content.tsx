import { MDXRemote } from 'next-mdx-remote/rsc'
import { mdxOptions, type PostContext } from '@/lib/markdown/mdx-options'
import { mdxComponents } from './mdx-components'

/**
 * Renders a post body. Post pages are prerendered, so this compiles each post
 * once per build and never at request time.
 */
type Props = PostContext & { source: string }

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
        mdxOptions: mdxOptions({ bibliography, dir }),
      }}
    />
  )
}
