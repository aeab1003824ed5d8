// How a ```mermaid fence is drawn: at build time in Chromium (scripts/diagrams.mjs)
// and, where the build had no browser, in the reader's (components/diagram-drawer.tsx).
// Both read this, so the two drawings match. Plain data: the client imports it.

export type DiagramTheme = 'light' | 'dark'

/** The folder of drawings inside the content folder (contentlayer.config.ts keeps it out of the content). */
export const DIAGRAM_FOLDER = '.diagrams'

export const DIAGRAM_THEMES: readonly DiagramTheme[] = ['light', 'dark']

/**
 * The site's own font first (`--font-sans` in app/globals.css): mermaid measures
 * each label in this font when it lays out the diagram, so the drawing browser
 * must have it loaded, and Hangul labels fit their boxes on the page.
 */
export const DIAGRAM_FONT = "'Pretendard Subset', Pretendard, -apple-system, BlinkMacSystemFont, 'Apple SD Gothic Neo', 'Noto Sans KR', sans-serif"

/** mermaid.initialize() options for one theme. A change here redraws every diagram (it is part of the cache key). */
export function mermaidConfig(theme: DiagramTheme) {
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    theme: theme === 'dark' ? 'dark' : 'default',
    fontFamily: DIAGRAM_FONT,
    themeVariables: { fontFamily: DIAGRAM_FONT },
    // Labels as SVG <text>, not HTML in <foreignObject>: readable by search engines, feed readers and
    // screen readers, and drawn the same outside a browser.
    htmlLabels: false,
    flowchart: { htmlLabels: false },
    // The same drawing from the same source, build after build (byte-identical pages).
    deterministicIds: true,
  } as const
}

/** The file of one drawing in that folder: `<hash of source and config>.<theme>.svg`. */
export const diagramFileName = (key: string, theme: DiagramTheme) => `${key}.${theme}.svg`

/** The id of one drawing: unique per diagram and theme, and the prefix mermaid scopes its CSS with. */
export const diagramId = (key: string, theme: DiagramTheme) => `diagram-${key}-${theme}`
