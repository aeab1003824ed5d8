// tailwind-nextjs-starter-blog: its data/blog and data/authors use our
// frontmatter already. Its MDX keeps working once the components only it has
// are mapped: `import` lines go, <TOCInline> goes (every post page has its own
// table of contents), <BlogNewsletterForm> goes (the newsletter is a site
// setting here); <Image> is ours too.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, sep } from 'node:path'
import { mdxComponentNames } from '../markdown/component-names'
import { isExternalUrl } from '../markdown/post-assets.mjs'
import { moveImages } from './images'
import { replaceNoting, splitFrontmatter, stringOf, type ImportResult, type Note } from './post'

const listFiles = (dir: string, pattern: RegExp) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => file.split(sep).join('/')).filter((file) => pattern.test(file)).sort()
    : []

export function importTnsb(root: string): ImportResult {
  const notes: Note[] = []
  const blogDir = join(root, 'data', 'blog')
  const publicFiles: { from: string; to: string }[] = []
  const posts = listFiles(blogDir, /\.mdx?$/).map((file) => {
    const path = `data/blog/${file}`
    const text = readFileSync(join(blogDir, file), 'utf8').replace(/\r\n?/g, '\n')
    const { body, bodyLine } = splitFrontmatter(text, path)
    const head = text.slice(0, text.length - body.length)
    const where = { file: path, bodyLine, notes }
    let out = replaceNoting(body, /^(?:import|export)\s[^\n]*\n?/m, (m, note) => {
      note(`\`${m[0].trim()}\` removed: posts here use the components every post has (${mdxComponentNames.join(', ')})`)
      return ''
    }, where)
    out = replaceNoting(out, /<TOCInline\b[^>]*\/>\n?/, (_, note) => {
      note('<TOCInline> removed: the post page shows its own table of contents (`toc: false` hides it)')
      return ''
    }, where)
    out = replaceNoting(out, /<BlogNewsletterForm\b[^>]*\/>\n?/, (_, note) => {
      note('<BlogNewsletterForm> removed: the newsletter form is switched on in data/site-config.ts (integrations.newsletter)')
      return ''
    }, where)
    const known = new Set<string>(mdxComponentNames)
    out = replaceNoting(out, /<([A-Z][\w.]*)\b([^>]*?)(\/?)>|<\/([A-Z][\w.]*)>/, (m, note) => {
      const name = m[1] ?? m[4]
      if (known.has(name)) return m[0]
      if (m[1]) note(`<${name}> is not a component here: ${m[3] ? 'removed' : 'its tags removed, its content kept'}; add it to components/mdx-components.tsx to keep it`)
      return ''
    }, where)
    // Site images (`/static/images/x.png`) in the body move next to the post; those of `images:` go to public/.
    const moved = moveImages(out, (src) => join(root, 'public', decodeURI(src)), where)
    // Site images of `images:` and of <Image src="/…">: to public/, where those addresses point.
    const sitePaths = [
      ...(head.match(/^\s*-\s*['"]?\/[^'"\s]+['"]?\s*$/gm) ?? []).map((line) => line.replace(/^\s*-\s*['"]?|['"]?\s*$/g, '')),
      ...[...moved.body.matchAll(/<Image\b[^>]*?\bsrc=["'](\/[^"']+)["']/g)].map((m) => m[1]),
    ]
    for (const src of sitePaths) {
      if (!isExternalUrl(src) && existsSync(join(root, 'public', src))) publicFiles.push({ from: join(root, 'public', src), to: src.slice(1) })
    }
    const target = moved.assets.length > 0 && !/(^|\/)index\.mdx?$/.test(file) ? file.replace(/\.(mdx?)$/, '/index.$1') : file
    return { source: path, target, text: head + moved.body, assets: moved.assets }
  })
  const authorFiles = listFiles(join(root, 'data', 'authors'), /\.mdx?$/)
  const files = authorFiles.map((file) => ({ from: join(root, 'data', 'authors', file), to: `authors/${file.replace(/\.md$/, '.mdx')}` }))
  // Each author's avatar (`/static/images/avatar.png`) comes along to public/.
  for (const file of authorFiles) {
    const avatar = stringOf(splitFrontmatter(readFileSync(join(root, 'data', 'authors', file), 'utf8'), `data/authors/${file}`).data.avatar)
    if (avatar?.startsWith('/') && existsSync(join(root, 'public', avatar))) publicFiles.push({ from: join(root, 'public', avatar), to: avatar.slice(1) })
    else if (avatar && !isExternalUrl(avatar)) notes.push({ file: `data/authors/${file}`, message: `the avatar ${avatar} is not in the source's public/: add the file or change \`avatar\`` })
  }
  return { posts, notes, files, publicFiles }
}

export const isTnsb = (root: string) => existsSync(join(root, 'data', 'blog')) && (existsSync(join(root, 'contentlayer.config.ts')) || existsSync(join(root, 'data', 'authors')))
