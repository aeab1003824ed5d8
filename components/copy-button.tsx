'use client'
import { useDictionary } from './language-context'
import { useState } from 'react'

/** The one client island of a code block: copies the code as written (no line numbers, no labels). */
export function CopyButton() {
  const t = useDictionary()
  const [copied, setCopied] = useState(false)
  return (
    <button
      type="button"
      className="code-copy rounded px-2 py-0.5 text-xs font-medium hover:bg-gray-200 dark:hover:bg-gray-700"
      aria-label={t.copyCode}
      onClick={async (event) => {
        const code = event.currentTarget.closest('figure')?.querySelector('pre code')?.textContent ?? ''
        await navigator.clipboard.writeText(code)
        setCopied(true)
        setTimeout(() => setCopied(false), 1500)
      }}
    >
      {copied ? t.copied : t.copyCode}
    </button>
  )
}
