'use client'
import { useDictionary } from './language-context'
import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { createPortal } from 'react-dom'

type Props = { src: string; alt: string; caption?: string; children: ReactNode }

/**
 * A post image that opens full screen: click or Enter/Space on it, Esc or a click anywhere to close, focus back on
 * the image. The picture keeps its reserved size, so nothing moves; the large copy (the same file, already loaded)
 * is only put in the page when opened. Spans, not a figure, because Markdown puts images inside paragraphs.
 */
export function ImageZoom({ src, alt, caption, children }: Props) {
  const t = useDictionary()
  const [open, setOpen] = useState(false)
  const dialog = useRef<HTMLDialogElement>(null)
  const trigger = useRef<HTMLButtonElement>(null)
  const closeButton = useRef<HTMLButtonElement>(null)
  const captionId = useId()
  useEffect(() => {
    if (!open) return
    dialog.current?.showModal()
    // Focus on 닫기, so Enter closes and Tab stays in the open picture.
    closeButton.current?.focus()
  }, [open])
  const close = () => {
    setOpen(false)
    trigger.current?.focus()
  }
  // A caption that only repeats the alt text is for sighted readers: the button already says it.
  const captionIsAlt = caption === alt
  return (
    <span role="figure" aria-labelledby={caption && !captionIsAlt ? captionId : undefined} className="my-6 block">
      <button
        ref={trigger}
        type="button"
        aria-haspopup="dialog"
        aria-label={t.zoomImage(alt)}
        className="image-zoom-trigger block cursor-zoom-in"
        onClick={() => setOpen(true)}
      >
        {children}
      </button>
      {caption && (
        <span
          id={captionId}
          aria-hidden={captionIsAlt || undefined}
          className="image-caption mt-2 block text-center text-sm text-gray-600 dark:text-gray-400"
        >
          {caption}
        </span>
      )}
      {open &&
        createPortal(
          <dialog
            ref={dialog}
            aria-label={alt || t.image}
            className="image-zoom-dialog"
            onClose={close}
            onClick={() => dialog.current?.close()}
          >
            {/* eslint-disable-next-line @next/next/no-img-element -- the file the page already shows, at full size */}
            <img src={src} alt={alt} />
            {caption && <span className="image-zoom-caption">{caption}</span>}
            <button ref={closeButton} type="button" className="image-zoom-close" onClick={() => dialog.current?.close()}>
              {t.closeImage}
            </button>
          </dialog>,
          document.body,
        )}
    </span>
  )
}
