import { MDXRemote } from 'next-mdx-remote/rsc'
import { remarkPlugins } from '@/lib/mdx-plugins'
import { rehypePlugins, remarkRehypeOptions } from '@/lib/rehype-plugins'
import { mdxComponents } from './mdx-components'

/**
 * Renders a post body. Post pages are prerendered, so this compiles each post
 * once per build and never at request time.
 */
export function MdxContent({ source }: { source: string }) {
  return (
    <MDXRemote
      source={source}
      components={mdxComponents}
      options={{
        // Posts are the writer's own trusted code and use JSX props like width={800};
        // blockJS would silently drop them. Dangerous globals stay blocked.
        blockJS: false,
        blockDangerousJS: true,
        mdxOptions: { remarkPlugins, rehypePlugins, remarkRehypeOptions },
      }}
    />
  )
}
