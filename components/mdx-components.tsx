import Link from 'next/link'
import type { ComponentPropsWithoutRef, ComponentType } from 'react'
import { CodeBlock } from './code-block'
import { DiagramDrawer } from './diagram-drawer'
import type { MdxComponentName } from '../lib/markdown/component-names'
import { MdxImage, MdxNextImage } from './mdx-image'
import { YouTubeEmbed } from './youtube-embed'

function MdxLink({ href, ...props }: ComponentPropsWithoutRef<'a'>) {
  // Internal links navigate client-side; anchors and other sites stay plain links.
  // No href (an `<a name>`, or a .md link whose unsafe address was removed): not a link at all.
  if (href === undefined) return <a {...props} />
  if (href.startsWith('/')) return <Link href={href} {...props} />
  if (href.startsWith('#')) return <a href={href} {...props} />
  return <a href={href} target="_blank" rel="noopener noreferrer" {...props} />
}

function MdxTable(props: ComponentPropsWithoutRef<'table'>) {
  // Wide tables scroll inside the post instead of widening the page on phones (components/post-content.css);
  // the box takes focus so a keyboard can scroll it too.
  return (
    <div className="table-scroll" tabIndex={0}>
      <table {...props} />
    </div>
  )
}

type FigureProps = ComponentPropsWithoutRef<'figure'> & Record<`data-${string}`, string | undefined>

function MdxFigure(props: FigureProps) {
  // A diagram the build could not draw (lib/markdown/diagrams.ts): only such a figure brings mermaid, in the reader's browser.
  const { 'data-diagram': key, 'data-diagram-source': source, 'data-diagram-label': label, 'data-diagram-title': title, ...rest } = props
  if (key && source !== undefined) return <DiagramDrawer diagramKey={key} source={source} label={label ?? ''} caption={title} />
  return <figure data-diagram={key} {...rest} />
}

// Every name in mdx-component-names.ts must be provided here (the type says so);
// the content check rejects capitalised tags not in that list.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- components take any props
const namedComponents: Record<MdxComponentName, ComponentType<any>> = {
  Image: MdxNextImage,
  YouTube: YouTubeEmbed,
}

/** Everything a post may use by name. A tag not listed here is an error at build time. */
export const mdxComponents = {
  a: MdxLink,
  table: MdxTable,
  pre: CodeBlock,
  figure: MdxFigure,
  img: MdxImage,
  ...namedComponents,
}
