import type { ComponentPropsWithoutRef } from 'react'
import { CopyButton } from './copy-button'

type Props = ComponentPropsWithoutRef<'pre'> & { 'data-language'?: string; 'data-title'?: string }

/** A highlighted code block (see lib/markdown/rehype-plugins.ts): title, language label and copy button above the code. */
export function CodeBlock({ 'data-language': language, 'data-title': title, ...props }: Props) {
  if (!language) return <pre {...props} />
  return (
    <figure className="code-block not-prose my-6 overflow-hidden rounded-lg border border-gray-200 dark:border-gray-800">
      <figcaption className="flex items-center gap-2 border-b border-gray-200 bg-gray-50 px-3 py-1.5 text-xs dark:border-gray-800 dark:bg-gray-900">
        {title && <span className="code-title font-mono font-semibold">{title}</span>}
        {language !== 'text' && (
          <span className="code-language ml-auto font-mono text-gray-500 uppercase dark:text-gray-400">{language}</span>
        )}
        <span className={language === 'text' ? 'ml-auto' : undefined}>
          <CopyButton />
        </span>
      </figcaption>
      <pre {...props} />
    </figure>
  )
}
