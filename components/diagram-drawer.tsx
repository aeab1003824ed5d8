'use client'

import { useEffect, useState } from 'react'
import { DIAGRAM_THEMES, diagramId, mermaidConfig } from '@/lib/markdown/diagram-config'
import { routes, sitePath } from '@/lib/publishing/routes'
import { useDictionary } from './language-context'

type Props = { diagramKey: string; source: string; label: string; caption?: string }

// mermaid's configuration is global: drawings are made one after another, so two on a page never mix themes.
let drawing: Promise<unknown> = Promise.resolve()

async function draw(diagramKey: string, source: string): Promise<string[]> {
  // mermaid's own ES module build, served from public/ (scripts/diagrams.mjs): bundling it cost 6 s of every build.
  const { default: mermaid }: typeof import('mermaid') = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ sitePath(routes.mermaidModule()))
  const drawn: string[] = []
  for (const theme of DIAGRAM_THEMES) {
    mermaid.initialize(mermaidConfig(theme))
    // Not the build's id: a page may also hold a drawn copy of the same diagram.
    drawn.push((await mermaid.render(`${diagramId(diagramKey, theme)}-live`, source)).svg)
  }
  return drawn
}

/**
 * A ```mermaid fence the build could not draw (no browser, no drawing in
 * `.diagrams/`: lib/markdown/diagrams.ts). The source shows until mermaid,
 * loaded only here and only then, draws the light and dark variants in the
 * reader's browser, the way the build would have.
 */
export function DiagramDrawer({ diagramKey, source, label, caption }: Props) {
  const t = useDictionary()
  const [svgs, setSvgs] = useState<string[] | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    let current = true
    const drawn = drawing.then(() => draw(diagramKey, source))
    drawing = drawn.catch(() => undefined)
    drawn.then((svgs) => current && setSvgs(svgs)).catch(() => current && setFailed(true))
    return () => {
      current = false
    }
  }, [diagramKey, source])

  if (!svgs) {
    return (
      <figure className="diagram not-prose" data-diagram={diagramKey} data-diagram-state={failed ? 'failed' : 'drawing'} aria-busy={!failed}>
        <p className="diagram-status">{failed ? t.diagramNotDrawn : t.drawingDiagram}</p>
        <pre className="diagram-source">
          <code>{source}</code>
        </pre>
        {caption && <figcaption>{caption}</figcaption>}
      </figure>
    )
  }
  return (
    <figure className="diagram not-prose" data-diagram={diagramKey} data-diagram-state="drawn">
      {DIAGRAM_THEMES.map((theme, i) => (
        // mermaid's output is sanitised by mermaid itself (securityLevel 'strict').
        <div key={theme} className={`diagram-${theme}`} role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svgs[i] }} />
      ))}
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  )
}
