// Build time and peak memory against post count, kept in bench/scaling.json
// (committed: a few lines, the latest median per post count with its date,
// commit and load average) and drawn as bench/build-scaling.svg, which
// BENCHMARKS.md shows beside its table. A build run updates the post counts
// it measured and keeps the others.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, machine } from './lib.mjs'

const DIR = join(ROOT, 'bench')
const DATA = join(DIR, 'scaling.json')
const SVG = join(DIR, 'build-scaling.svg')
// Issue 15's goals, drawn as open marks: clean build time and peak memory.
const GOALS = { wallSeconds: { 100: 30, 1000: 160 }, peakTreeGB: { 1000: 2.5, 10000: 4 } }
// tailwind-nextjs-starter-blog on the same machine (issue 15), for comparison.
const STARTER = { wallSeconds: { 1000: 326 }, peakTreeGB: { 1000: 2.8 } }

export function updateScaling(measured) {
  const m = machine()
  const data = existsSync(DATA) ? JSON.parse(readFileSync(DATA, 'utf8')) : { points: {} }
  for (const [posts, value] of Object.entries(measured)) {
    data.points[posts] = { wallSeconds: value.wallSeconds, peakTreeGB: value.peakTreeGB, date: m.date.slice(0, 16), commit: m.commit, loadavg: m.loadavg }
  }
  mkdirSync(DIR, { recursive: true })
  writeFileSync(DATA, JSON.stringify(data, null, 2) + '\n')
  writeFileSync(SVG, scalingSvg(data.points))
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;')

/** Two panels (time, memory), post count on a log axis, median with a min–max bar. */
export function scalingSvg(points) {
  const counts = Object.keys(points).map(Number).sort((a, b) => a - b)
  const W = 800
  const panel = (x0, key, unit, title, color) => {
    const pw = 330
    const ph = 200
    const top = 50
    const xs = [100, 1000, 10000]
    const px = (n) => x0 + 60 + ((Math.log10(n) - 2) / 2) * (pw - 90)
    const values = [...counts.flatMap((n) => [points[n][key].max]), ...Object.values(GOALS[key]), ...Object.values(STARTER[key])]
    const yMax = niceMax(Math.max(...values))
    const py = (v) => top + ph - (v / yMax) * ph
    const out = [`<text x="${x0 + pw / 2}" y="30" text-anchor="middle" font-weight="bold">${esc(title)}</text>`]
    for (let k = 0; k <= 4; k++) {
      const v = (yMax * k) / 4
      out.push(`<line x1="${x0 + 50}" x2="${x0 + pw}" y1="${py(v)}" y2="${py(v)}" stroke="#e5e7eb"/>`)
      out.push(`<text x="${x0 + 46}" y="${py(v) + 4}" text-anchor="end" font-size="11">${+v.toFixed(2)}</text>`)
    }
    for (const n of xs) out.push(`<text x="${px(n)}" y="${top + ph + 18}" text-anchor="middle" font-size="11">${n.toLocaleString('en-US')}</text>`)
    out.push(`<text x="${x0 + pw / 2 + 20}" y="${top + ph + 38}" text-anchor="middle" font-size="11">posts (log scale) · ${esc(unit)}</text>`)
    const line = counts.map((n) => `${px(n)},${py(points[n][key].median)}`).join(' ')
    if (counts.length > 1) out.push(`<polyline points="${line}" fill="none" stroke="${color}" stroke-width="2"/>`)
    for (const n of counts) {
      const p = points[n][key]
      out.push(`<line x1="${px(n)}" x2="${px(n)}" y1="${py(p.min)}" y2="${py(p.max)}" stroke="${color}" stroke-width="6" stroke-opacity="0.3"/>`)
      out.push(`<circle cx="${px(n)}" cy="${py(p.median)}" r="4" fill="${color}"/>`)
      out.push(`<text x="${px(n) + 8}" y="${py(p.median) - 6}" font-size="11" fill="${color}">${+p.median.toFixed(p.median < 10 ? 2 : 0)} (n=${p.runs})</text>`)
    }
    for (const [n, v] of Object.entries(GOALS[key])) out.push(`<rect x="${px(+n) - 5}" y="${py(v) - 5}" width="10" height="10" fill="none" stroke="#16a34a" stroke-width="2"><title>goal ${v}</title></rect>`)
    for (const [n, v] of Object.entries(STARTER[key])) out.push(`<path d="M${px(+n) - 5},${py(v) - 5}l10,10m0,-10l-10,10" stroke="#6b7280" stroke-width="2"><title>starter ${v}</title></path>`)
    return out.join('\n')
  }
  const dated = counts.map((n) => `${Number(n).toLocaleString('en-US')} posts: ${points[n].date} UTC, commit ${points[n].commit}, load average ${points[n].loadavg}`)
  const H = 320 + 14 * dated.length
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">
<rect width="${W}" height="${H}" fill="#fff"/>
${panel(0, 'wallSeconds', 'seconds', 'Clean build wall time', '#2563eb')}
${panel(420, 'peakTreeGB', 'GB', 'Peak memory, process tree', '#dc2626')}
<text x="10" y="316" font-size="11" fill="#374151">● median (n = runs), bar min–max · □ goal of issue 15 · × tailwind-nextjs-starter-blog (issue 15)</text>
${dated.map((line, k) => `<text x="10" y="${332 + 14 * k}" font-size="10" fill="#6b7280">${esc(line)}</text>`).join('\n')}
</svg>
`
}

function niceMax(v) {
  const step = 10 ** Math.floor(Math.log10(v))
  for (const k of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (k * step >= v * 1.05) return k * step
  return 10 * step
}
