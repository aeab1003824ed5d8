import Image from 'next/image'
import type { ComponentProps, ComponentPropsWithoutRef } from 'react'
import { sitePath } from '@/lib/publishing/routes'
import { ImageZoom } from './image-zoom'

/**
 * `![alt](/path.png "title")`: through next/image when lib/markdown/rehype-plugins.ts found the file's size (space
 * reserved, lazy below the fold); a plain img otherwise. Each opens full screen, with the title (or the alt text)
 * as its caption.
 */
export function MdxImage({ src: written, alt = '', width, height, title }: ComponentPropsWithoutRef<'img'>) {
  if (typeof written !== 'string') return null
  // next/image does not add the site's sub-path to `src`.
  const src = sitePath(written)
  const image =
    !width || !height ? (
      // eslint-disable-next-line @next/next/no-img-element -- size unknown: next/image would refuse it
      <img src={src} alt={alt} loading="lazy" />
    ) : (
      <Image src={src} alt={alt} width={Number(width)} height={Number(height)} className="h-auto max-w-full" />
    )
  return (
    <ImageZoom src={src} alt={alt} caption={title || alt || undefined}>
      {image}
    </ImageZoom>
  )
}

/** `<Image src=… alt=… width={…} height={…} />` written in a post: next/image, zoomable and captioned the same way. */
export function MdxNextImage(written: ComponentProps<typeof Image>) {
  const props = typeof written.src === 'string' ? { ...written, src: sitePath(written.src) } : written
  const src = typeof props.src === 'string' ? props.src : undefined
  const image = <Image {...props} alt={props.alt} className={props.className ?? 'h-auto max-w-full'} />
  if (!src) return image
  const caption = props.title || props.alt || undefined
  return (
    <ImageZoom src={src} alt={props.alt} caption={caption}>
      {image}
    </ImageZoom>
  )
}
