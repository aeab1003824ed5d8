'use client'
import { useEffect, useRef } from 'react'
import type { Integrations } from '@/data/site-config'

type Props = { config: Integrations['giscus']; lang: string }

// giscus is a script plus an iframe from giscus.app: load them only when the
// reader scrolls near the end of the post, so a reader who never gets there
// never talks to GitHub.
export function GiscusComments({ config, lang }: Props) {
  const ref = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const container = ref.current
    if (!container) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return
        observer.disconnect()
        const script = document.createElement('script')
        const attributes: Record<string, string> = {
          'data-repo': config.repo,
          'data-repo-id': config.repoId,
          'data-category': config.category,
          'data-category-id': config.categoryId,
          'data-mapping': config.mapping,
          'data-strict': '1',
          'data-reactions-enabled': config.reactionsEnabled ? '1' : '0',
          'data-emit-metadata': '0',
          'data-input-position': 'top',
          'data-theme': 'preferred_color_scheme',
          'data-lang': lang,
        }
        for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value)
        script.src = 'https://giscus.app/client.js'
        script.async = true
        script.crossOrigin = 'anonymous'
        container.replaceChildren(script)
      },
      { rootMargin: '0px 0px 300px 0px' },
    )
    observer.observe(container)
    return () => observer.disconnect()
  }, [config, lang])

  return <div ref={ref} className="giscus min-h-40" />
}
