/**
 * KaTeX's stylesheet, rendered only by posts with math (post.hasMath), so no
 * other page downloads it. React hoists the link into <head>. The file and its
 * fonts are copied from the katex package by scripts/copy-katex.mjs: no CDN.
 */
export function MathStyles() {
  // A plain <link> on purpose: importing the CSS would load it on every post of the route.
  // eslint-disable-next-line @next/next/no-css-tags
  return <link rel="stylesheet" href="/katex/katex.min.css" precedence="default" />
}
