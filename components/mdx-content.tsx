import * as devRuntime from 'react/jsx-dev-runtime'
import * as runtime from 'react/jsx-runtime'
import { compilePost } from '@/lib/markdown/compile-cache'
import type { PostContext } from '@/lib/markdown/mdx-options'
import { mdxComponents } from './mdx-components'

/**
 * Renders a post body. Post pages are prerendered, so nothing compiles at
 * request time; the compile itself is cached by content across builds
 * (lib/markdown/compile-cache.ts), and this runs the compiled code.
 */
type Props = PostContext & { source: string }

type MdxModule = { default: (props: { components: typeof mdxComponents }) => React.ReactNode }

export async function MdxContent({ source, format, bibliography, dir, lang }: Props) {
  const code = await compilePost(source, { format, bibliography, dir, lang })
  // The compiled body is a function of the JSX runtime it is handed (`opts`), as next-mdx-remote runs it.
  // The compile targets the development runtime under `npm run dev` (see next-mdx-remote's serialize).
  const jsx = process.env.NODE_ENV === 'production' ? runtime : devRuntime
  const mdxModule = new Function('opts', code)(jsx) as MdxModule
  const Content = mdxModule.default
  return <Content components={mdxComponents} />
}
