import Image from 'next/image'
import Link from 'next/link'
import type { ComponentPropsWithoutRef } from 'react'

function MdxLink({ href = '', ...props }: ComponentPropsWithoutRef<'a'>) {
  // Internal links navigate client-side; anchors and other sites stay plain links.
  if (href.startsWith('/')) return <Link href={href} {...props} />
  if (href.startsWith('#')) return <a href={href} {...props} />
  return <a href={href} target="_blank" rel="noopener noreferrer" {...props} />
}

function MdxTable(props: ComponentPropsWithoutRef<'table'>) {
  // Wide tables scroll inside the post instead of widening the page on phones.
  return (
    <div className="overflow-x-auto">
      <table {...props} />
    </div>
  )
}

/** Everything a post may use by name. A tag not listed here is an error at build time. */
export const mdxComponents = {
  a: MdxLink,
  table: MdxTable,
  Image,
}
