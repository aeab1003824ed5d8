// Benchmark (not a test): search over 1,000 generated posts in Chromium.
//   node scripts/bench/search.mjs
// Builds the index with the site's own build-index code, loads the site's own
// engine (lib/search/engine.ts, bundled for the browser with esbuild) into a page, types 200
// queries key by key (초성, partial Hangul, English) and times each keystroke
// from the input event to results rendered and laid out. Prints a table and
// writes bench/results/search.json. `run()` is exported for the bench harness.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { chromium } from '@playwright/test'
import { seededRandom } from '../lib/random.mjs'
import { importTs } from '../lib/typescript.mjs'
import { chromiumExecutable } from '../test-deps.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const POSTS = 1000
const QUERIES = 200

// ---- deterministic corpus -------------------------------------------------

const SYLLABLES = [...'가각간갈감강개거건걸검게격견결경계고곡공과관광교구국군굴권규그극근글금기길김나낙난날남내너년노논누는다단달담당대더도독동두드등라락란람랑래량러레력련령로록론료루류르리린림마막만말망매머면명모목무문물미민바박반발방배백번범법변별병보복본봉부북분불비빈사산살상새생서석선설성세소속손송수숙순술스승시식신실심아악안알암압애야약양어억언얼업에여역연열영예오옥온완왕외요용우운울원월위유육윤은음응의이인일임자작잔장재저적전절점정제조족존종주죽준중지직진질집차착찬참창채처천철청체초총최추축춘출충취측치칙친카타탁탄탈탐태택터토통투특파판팔패편평포표품프피필하학한할함합항해핵행향허험혁현형호혼화확환활황회효후훈휴흐흑희']
const PARTICLES = ['', '', '', '은', '는', '이', '가', '을', '를', '의', '에', '에서', '으로', '로', '와', '과', '도', '만', '까지', '보다', '처럼', '라는', '하고', '하는', '했다', '한다', '하면', '해서', '들을', '들이']
const ENGLISH = ['React', 'Next.js', 'TypeScript', 'Terraform', 'Kubernetes', 'Docker', 'Pact', 'Jenkins', 'Prometheus', 'Grafana', 'Redis', 'PostgreSQL', 'MySQL', 'Kafka', 'Lambda', 'CloudFormation', 'GraphQL', 'REST', 'gRPC', 'Nginx', 'Vercel', 'Webpack', 'Turbopack', 'Vitest', 'Playwright', 'Chromium', 'Linux', 'Debian', 'Rust', 'Go', 'Python', 'Java', 'Kotlin', 'Spring', 'Node', 'Deno', 'Bun', 'SQLite', 'Elasticsearch', 'MiniSearch', 'Hangul', 'Unicode', 'OAuth', 'SAML', 'VPN', 'CI', 'CD', 'Git', 'GitHub', 'heap', 'dump', 'cache', 'queue', 'latency', 'throughput', 'deploy', 'rollback', 'pipeline', 'refactor', 'testing', 'contract', 'consumer', 'provider', 'schema', 'migration', 'index', 'search', 'router', 'server', 'client', 'browser', 'module', 'bundle', 'memory', 'thread', 'process', 'signal', 'socket', 'stream', 'buffer', 'storage', 'bucket', 'region']
const TAGS = ['회고', '개발', '인프라', '데브옵스', '테스트', '성능', '검색', '한글', '프론트엔드', '백엔드', '데이터베이스', '보안', '네트워크', '클라우드', '책', '생각', '커리어', '팀', 'React', 'Next.js', 'TypeScript', 'Kubernetes', 'AWS', 'Terraform', 'self-evalutaion', 'DevOps', 'Jenkins', 'Rust', 'Go', 'Python']

// Real Korean words (with their real frequencies) from the posts in data/blog.
function realWords() {
  const dir = join(root, 'data', 'blog')
  return readdirSync(dir, { recursive: true })
    .filter((file) => file.endsWith('.mdx'))
    .flatMap((file) => readFileSync(join(dir, file), 'utf8').split(/\s+/))
    .filter((word) => /^[가-힣]+[.,]?$/.test(word))
}

export function corpus(count) {
  const random = seededRandom(20230731)
  const real = realWords()
  const pick = (list) => list[Math.floor(random() * list.length)]
  // 3,000 stems of 2-4 syllables, drawn with a Zipf-like skew as real words are.
  const stems = Array.from({ length: 3000 }, () =>
    Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(SYLLABLES)).join(''),
  )
  const zipf = () => stems[Math.floor(stems.length * random() ** 2.5)]
  // Half real words, the rest a long tail of generated ones, 12% English.
  const word = () => {
    const r = random()
    if (r < 0.12) return pick(ENGLISH) + (random() < 0.5 ? pick(PARTICLES) : '')
    return r < 0.56 ? pick(real) : zipf() + pick(PARTICLES)
  }
  const sentence = (n) => Array.from({ length: n }, word).join(' ') + '.'
  const posts = []
  for (let i = 0; i < count; i += 1) {
    const headings = Array.from({ length: 3 + Math.floor(random() * 4) }, () => sentence(2 + Math.floor(random() * 3)).slice(0, -1))
    let body = ''
    for (const heading of headings) {
      body += `## ${heading}\n\n`
      const paragraphs = 1 + Math.floor(random() * 3)
      for (let p = 0; p < paragraphs; p += 1) {
        body += Array.from({ length: 3 + Math.floor(random() * 5) }, () => sentence(6 + Math.floor(random() * 10))).join(' ') + '\n\n'
      }
      if (random() < 0.3) body += '```ts\nconst value = await fetch(url)\nconsole.log(value)\n```\n\n'
    }
    const day = new Date(Date.UTC(2020, 0, 1) + i * 86400000).toISOString()
    posts.push({
      title: sentence(4 + Math.floor(random() * 5)).slice(0, -1),
      path: `/blog/post-${i}`,
      date: day,
      tags: [...new Set(Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(TAGS)))],
      summary: sentence(15 + Math.floor(random() * 15)),
      headings: headings.map((text) => ({ depth: 2, text, id: text })),
      body: { raw: body },
    })
  }
  return { posts, stems, random }
}

// ---- queries: 초성, partial Hangul, English -------------------------------

export function queries(posts, random, getChoseong, count) {
  const pick = (list) => list[Math.floor(random() * list.length)]
  const hangulWord = () => {
    for (;;) {
      const post = pick(posts)
      const words = `${post.title} ${post.summary}`.split(/[\s.]+/).filter((w) => /^[가-힣]{2,}/.test(w))
      if (words.length) return pick(words).match(/^[가-힣]+/)[0]
    }
  }
  const list = []
  for (let i = 0; i < count; i += 1) {
    const kind = i % 4
    if (kind === 0) list.push({ kind: '초성', q: getChoseong(hangulWord().slice(0, 2 + Math.floor(random() * 2))) })
    else if (kind === 1) {
      const w = hangulWord()
      list.push({ kind: 'partial Hangul', q: w.slice(0, Math.max(1, Math.ceil(w.length / 2))) })
    } else if (kind === 2) {
      const w = pick(ENGLISH)
      const prefix = w.slice(0, Math.max(3, Math.ceil(w.length * (0.5 + random() / 2))))
      list.push({ kind: 'English', q: random() < 0.5 ? prefix.toLowerCase() : prefix })
    } else list.push({ kind: 'two words', q: `${hangulWord()} ${hangulWord().slice(0, 2)}` })
  }
  return list
}

// ---- helpers -----------------------------------------------------------------

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const round = (x) => Math.round(x * 100) / 100
  return { n: sorted.length, p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)), max: round(sorted.at(-1)) }
}

async function bundle(entry, options) {
  const result = await build({ entryPoints: [entry], bundle: true, write: false, logLevel: 'silent', ...options })
  return result.outputFiles[0].text
}

// ---- the sharded index: bytes to see results ----------------------------------

/**
 * What a reader downloads to see the results of each query with the sharded
 * index (lib/search/shards.ts), gzipped as a host serves it: the dictionary,
 * the shards of the query's words (every keystroke's, as typed) and the files
 * of the posts shown (the dialog shows 20).
 */
export async function shardedBytes(indexedPosts, list) {
  const { buildShardedIndex } = await importTs('lib/search/shards.ts')
  const { createShardedSearch } = await importTs('lib/search/sharded-engine.ts')
  const started = performance.now()
  const index = buildShardedIndex(indexedPosts)
  const buildMs = performance.now() - started
  const gz = (value) => gzipSync(JSON.stringify(value), { level: 9 }).length
  const sizes = new Map()
  const size = (file, value) => {
    if (!sizes.has(file)) sizes.set(file, gz(value))
    return sizes.get(file)
  }
  const dictionary = size('dict', index.dictionary)
  const perQuery = []
  for (const { q } of list) {
    const fetched = new Set()
    const search = await createShardedSearch({
      dictionary: async () => index.dictionary,
      shard: async (file) => (fetched.add(file), index.shards.get(file)),
      post: async (id) => (fetched.add(`p-${id}`), index.posts[id]),
    })
    for (let i = 1; i <= q.length; i++) await search.search(q.slice(0, i), 20)
    let bytes = dictionary
    for (const file of fetched) bytes += size(file, file.startsWith('p-') ? index.posts[Number(file.slice(2))] : index.shards.get(file))
    perQuery.push(bytes)
  }
  const shardSizes = [...index.shards].map(([file, shard]) => size(file, shard))
  return {
    buildMs: Math.round(buildMs),
    dictionaryGzipBytes: dictionary,
    shards: index.shards.size,
    largestShardGzipBytes: Math.max(...shardSizes),
    bytesToResults: stats(perQuery),
    target: { maxGzipBytesAt10000: 300 * 1024 },
  }
}

// ---- the run -----------------------------------------------------------------

export async function run({ posts: postCount = POSTS, queries: queryCount = QUERIES } = {}) {
  // The site's own index builder, run as TypeScript.
  const { bodyText, buildSearchIndex } = await importTs('lib/search/build-index.ts')
  const { getChoseong } = await import('es-hangul')

  const { posts, random } = corpus(postCount)
  const started = performance.now()
  // The build takes each body's prose from contentlayer (the searchText field): timed here as part of the index.
  const indexable = posts.map((post) => ({ ...post, searchText: bodyText(post.body.raw) }))
  const json = JSON.stringify(buildSearchIndex(indexable))
  const buildMs = performance.now() - started
  const raw = Buffer.byteLength(json)
  const gzip = gzipSync(json, { level: 9 }).length
  const bodyChars = posts.reduce((sum, post) => sum + post.body.raw.length, 0) / posts.length

  // The site's own engine, for the browser.
  const engineJs = await bundle(join(root, 'scripts/bench/search-entry.ts'), { platform: 'browser', format: 'iife', minify: true })
  const list = queries(posts, random, getChoseong, queryCount)
  const { indexPost } = await importTs('lib/search/build-index.ts')
  const sharded = await shardedBytes(indexable.map(indexPost), list)

  const browser = await chromium.launch({
    executablePath: chromiumExecutable() ?? undefined,
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  })
  try {
    const page = await browser.newPage()
    await page.setContent('<!doctype html><meta charset="utf-8"><input id="q" autocomplete="off"><ul id="r"></ul>')
    await page.addScriptTag({ content: engineJs })
    const loadMs = await page.evaluate((indexJson) => {
      const t0 = performance.now()
      const engine = window.benchSearch.load(JSON.parse(indexJson))
      const ms = performance.now() - t0
      const input = document.getElementById('q')
      const out = document.getElementById('r')
      window.samples = []
      window.hits = []
      // Keystroke to results: from the input event's own timestamp to the
      // results drawn (with <mark>s, as the dialog does) and laid out.
      input.addEventListener('input', (event) => {
        const results = engine.search(input.value, 10)
        const items = results.map((result) => {
          const li = document.createElement('li')
          for (const part of [...result.title, { text: ' ', match: false }, ...result.snippet]) {
            const node = part.match ? document.createElement('mark') : document.createElement('span')
            node.textContent = part.text
            li.append(node)
          }
          return li
        })
        out.replaceChildren(...items)
        void out.offsetHeight
        window.samples.push(performance.now() - event.timeStamp)
        window.hits.push(results.length)
      })
      return ms
    }, json)

    const perQuery = []
    for (const { kind, q } of list) {
      await page.evaluate(() => {
        document.getElementById('q').value = ''
        window.samples = []
        window.hits = []
      })
      await page.focus('#q')
      await page.keyboard.type(q)
      const { samples, hits } = await page.evaluate(() => ({ samples: window.samples, hits: window.hits }))
      perQuery.push({ kind, q, samples, hits: hits.at(-1) ?? 0 })
    }

    const all = perQuery.flatMap((entry) => entry.samples)
    const byKind = {}
    for (const entry of perQuery) (byKind[entry.kind] ??= []).push(...entry.samples)
    const result = {
      date: new Date().toISOString(),
      chromium: browser.version(),
      posts: postCount,
      queries: perQuery.length,
      keystrokes: all.length,
      keystrokeToResultsMs: stats(all),
      byKind: Object.fromEntries(Object.entries(byKind).map(([kind, values]) => [kind, stats(values)])),
      lastKeystrokeMs: stats(perQuery.map((entry) => entry.samples.at(-1))),
      queriesWithResults: perQuery.filter((entry) => entry.hits > 0).length,
      engineLoadMs: Math.round(loadMs),
      indexBuildMs: Math.round(buildMs),
      index: { rawBytes: raw, gzipBytes: gzip, rawPer100: Math.round(raw / (postCount / 100)), gzipPer100: Math.round(gzip / (postCount / 100)) },
      averageBodyChars: Math.round(bodyChars),
      sharded,
      target: { p95Ms: 16, gzipPer100: 40 * 1024 },
    }
    return result
  } finally {
    await browser.close()
  }
}

function print(result) {
  const rows = [
    ['posts / queries / keystrokes', `${result.posts} / ${result.queries} / ${result.keystrokes}`],
    ['keystroke→results p50', `${result.keystrokeToResultsMs.p50} ms`],
    ['keystroke→results p95 (target ≤ 16)', `${result.keystrokeToResultsMs.p95} ms`],
    ['keystroke→results p99 / max', `${result.keystrokeToResultsMs.p99} / ${result.keystrokeToResultsMs.max} ms`],
    ...Object.entries(result.byKind).map(([kind, s]) => [`  ${kind} p50 / p95`, `${s.p50} / ${s.p95} ms`]),
    ['queries with results', `${result.queriesWithResults} / ${result.queries}`],
    ['engine load in browser (parse + index)', `${result.engineLoadMs} ms`],
    ['index raw / gzip (1,000 posts)', `${(result.index.rawBytes / 1024).toFixed(1)} / ${(result.index.gzipBytes / 1024).toFixed(1)} KB`],
    ['index raw / gzip per 100 posts (target gzip ≤ 40 KB)', `${(result.index.rawPer100 / 1024).toFixed(1)} / ${(result.index.gzipPer100 / 1024).toFixed(1)} KB`],
    ['average post body (MDX chars)', String(result.averageBodyChars)],
    ['sharded: dictionary gzip / shards', `${(result.sharded.dictionaryGzipBytes / 1024).toFixed(1)} KB / ${result.sharded.shards}`],
    ['sharded: gzip bytes to see results p50 / p95 / max', `${[result.sharded.bytesToResults.p50, result.sharded.bytesToResults.p95, result.sharded.bytesToResults.max].map((b) => (b / 1024).toFixed(1)).join(' / ')} KB`],
  ]
  const width = Math.max(...rows.map(([label]) => label.length))
  console.log(`\nsearch benchmark (${result.chromium})`)
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await run()
  print(result)
  const out = join(root, 'bench', 'results')
  mkdirSync(out, { recursive: true })
  writeFileSync(join(out, 'search.json'), `${JSON.stringify(result, null, 2)}\n`)
  console.log(`\nwrote ${join('bench', 'results', 'search.json')}`)
}
