import Image from 'next/image'
import type { ComponentPropsWithoutRef } from 'react'

/**
 * `![alt](/path.png)`: through next/image when lib/markdown/rehype-plugins.ts found the
 * file's size (space reserved, lazy below the fold); a plain img otherwise.
 */
export function MdxImage({ src, alt = '', width, height, title }: ComponentPropsWithoutRef<'img'>) {
  if (typeof src !== 'string' || !width || !height) {
    // eslint-disable-next-line @next/next/no-img-element -- size unknown: next/image would refuse it
    return <img src={typeof src === 'string' ? src : undefined} alt={alt} title={title} loading="lazy" />
  }
  return (
    <Image src={src} alt={alt} title={title} width={Number(width)} height={Number(height)} className="h-auto max-w-full" />
  )
}
