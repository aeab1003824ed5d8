// A deterministic benchmark corpus shaped like a real Korean developer blog
// (issue 15: statistics of a public one, 182 posts): median 8.9 KB per post,
// mean 11.3 KB, max 60 KB (a long tail); 30% of posts have code, up to 30
// fences in one post, in many languages; a quarter have math; about 9 images a
// post, most kept next to the post (small valid SVGs, so image sizing runs) and
// some from public/; tables, lists, alerts, footnotes; Hangul prose with English
// terms; tags from a Zipf-like set; some series. Written into a temporary
// content folder, never into data/. Usage:
//   node scripts/bench/corpus.mjs --posts 1000 --seed 1 [--out DIR] [--stats]
// prints the folder it wrote (and, with --stats, the corpus statistics).
//
// The corpus of N posts is planned as a whole (sizes are N evenly spaced
// quantiles of one long-tailed distribution, features dealt out in exact
// shares), so its statistics hold at 100 posts as at 10,000; each post's text
// then comes from its own seeded stream. Same N and seed: byte-identical files.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { seededRandom } from '../lib/random.mjs'

/** The shape the corpus must keep (tests/unit/bench-corpus.test.ts checks it). */
export const TARGET = {
  medianBytes: 8900,
  meanBytes: 11300,
  maxBytes: 60000,
  minBytes: 1500,
  codeShare: 0.3,
  maxFences: 30,
  mathShare: 0.25,
  imagesPerPost: 9,
  seriesShare: 0.1,
}
// Log-normal: median e^mu; sigma chosen so the mean, after the 60 KB cap, is ~11.3 KB.
const SIGMA = 0.69

const KO_NOUNS = (
  '문제 해결 서비스 배포 파이프라인 인프라 자동화 테스트 코드 리뷰 동료 경험 아키텍처 데이터베이스 성능 메모리 ' +
  '장애 복구 모니터링 지표 로그 분석 설계 도메인 경계 이벤트 메시지 큐 캐시 트래픽 요청 응답 지연 사용자 화면 ' +
  '검색 색인 한글 형태소 초성 글쓰기 블로그 기록 회고 학습 책 강의 발표 팀 조직 문화 의사결정 우선순위 일정 비용 ' +
  '보안 인증 권한 네트워크 컨테이너 클러스터 노드 오류 버그 요구사항 기획 운영 서버 클라이언트 브라우저 렌더링 ' +
  '컴포넌트 상태 관리 라우팅 빌드 번들 의존성 버전 마이그레이션 스키마 트랜잭션 쿼리 인덱스 동시성 스레드 ' +
  '프로세스 신호 소켓 스트림 버퍼 저장소 권한 정책 비밀번호 토큰 세션 쿠키 헤더 프록시 게이트웨이 부하 분산 ' +
  '확장성 가용성 일관성 정합성 결합도 응집도 추상화 리팩터링 레거시 기술부채 온보딩 문서 면접 이직 연봉 성장'
).split(' ')
const KO_VERBS = [
  '했다', '해 보았다', '할 수 있었다', '하기로 했다', '하게 되었다', '해야 했다', '하지 못했다', '하고 있다',
  '했던 것 같다', '하면 된다', '할 필요가 있다', '하는 편이 낫다', '하는 데 오래 걸렸다', '하면서 많이 배웠다',
]
const KO_PARTICLES = ['을', '를', '이', '가', '은', '는', '에서', '으로', '와', '의', '에', '도', '만', '까지']
const KO_ADVERBS = ['결국', '처음에는', '다행히', '생각보다', '의외로', '사실', '그래서', '하지만', '특히', '먼저', '다음으로', '마지막으로', '조금씩', '한동안']
const EN_TERMS = (
  'React|Next.js|TypeScript|JavaScript|Node.js|Kubernetes|Docker|PostgreSQL|MySQL|Redis|Kafka|RabbitMQ|GraphQL|' +
  'REST API|gRPC|CI/CD|GitHub Actions|Jenkins|Terraform|Ansible|AWS Lambda|S3|EC2|CloudFront|JVM|GC|Spring Boot|' +
  'Gradle|webpack|Vite|Turbopack|ESLint|Prettier|Vitest|Playwright|Promise|goroutine|Rust|Python|FastAPI|Django|' +
  'Nginx|HTTP/2|TLS|OAuth|JWT|SSR|hydration|Prometheus|Grafana|Elasticsearch|MiniSearch|Unicode|UTF-8|Linux|' +
  'systemd|cron|Git|rebase|monorepo|pnpm|Kotlin|Coroutine|Swift|Flutter|Tailwind CSS|Storybook|Sentry|Datadog'
).split('|')
const EN_INLINE_CODE = [
  'kubectl get pods', 'npm run build', 'git rebase -i', 'useEffect', 'useMemo', 'Promise.all', 'docker compose up',
  'SELECT COUNT(*)', 'EXPLAIN ANALYZE', 'terraform plan', 'go test ./...', 'cargo build --release', 'pip install -r requirements.txt',
  'Content-Type', 'Cache-Control', 'max-age=31536000', 'ORDER BY created_at', 'async/await', 'null', 'undefined',
]
// Zipf-like: the k-th tag is used about 1/k as often as the first. C++/C#/C and Hangul tags included.
const TAGS = (
  '회고|JavaScript|React|개발|TypeScript|Next.js|devops|인프라|Kubernetes|AWS|백엔드|프론트엔드|Python|Java|Spring|' +
  '데이터베이스|테스트|성능|보안|Go|Rust|Docker|Terraform|네트워크|알고리즘|자료구조|CS|운영체제|커리어|독서|글쓰기|' +
  '면접|Kotlin|Android|iOS|Swift|CSS|HTML|Node.js|GraphQL|Redis|Kafka|PostgreSQL|MySQL|Linux|Git|CI/CD|모니터링|' +
  '아키텍처|마이크로서비스|DDD|리팩터링|코드리뷰|팀|조직문화|C++|C#|C|일상|여행|컨퍼런스|오픈소스|머신러닝|데이터|' +
  'Elasticsearch|검색|한글|접근성|웹성능|SEO|블로그|회사생활|스타트업|Vue|Svelte|Deno|Bun|WebAssembly|Flutter'
).split('|')
const SERIES = [
  '쿠버네티스 운영기', 'Rust 배우기', '대규모 트래픽 처리', '테스트 코드 작성법', 'Next.js 블로그 만들기',
  '데이터베이스 튜닝', '주니어 개발자 회고', '자바스크립트 엔진 읽기', 'Go 동시성 패턴', '검색 엔진 만들기',
]
// Folders a post can live in (its URL starts with them); '' is data/blog/ itself.
const FOLDERS = ['', '', '', 'frontend', 'backend', 'devops', 'retrospect', 'algorithm', '인프라']
// Images every post may also use from the site's public/ folder.
const PUBLIC_IMAGES = ['/static/images/blog-diagram.svg', '/static/images/avatar.svg']

// One realistic snippet per language; a fence repeats and renames it to vary its length.
const CODE = {
  ts: 'export async function fetchPosts(limit: number): Promise<Post[]> {\n  const response = await fetch(`/api/posts?limit=${limit}`)\n  if (!response.ok) throw new Error(`HTTP ${response.status}`)\n  const posts: Post[] = await response.json()\n  return posts.filter((post) => !post.draft)\n}',
  js: "const cache = new Map()\nfunction memo(key, compute) {\n  if (!cache.has(key)) cache.set(key, compute())\n  return cache.get(key)\n}\nconsole.log(memo('a', () => 42))",
  tsx: "export function TagList({ tags }: { tags: string[] }) {\n  return (\n    <ul className=\"flex gap-2\">\n      {tags.map((tag) => (\n        <li key={tag}>{tag}</li>\n      ))}\n    </ul>\n  )\n}",
  python: 'from dataclasses import dataclass\n\n@dataclass\nclass Job:\n    name: str\n    retries: int = 3\n\ndef run(jobs: list[Job]) -> dict[str, bool]:\n    return {job.name: job.retries > 0 for job in jobs}',
  go: 'func worker(ctx context.Context, jobs <-chan Job, results chan<- Result) {\n\tfor {\n\t\tselect {\n\t\tcase <-ctx.Done():\n\t\t\treturn\n\t\tcase job := <-jobs:\n\t\t\tresults <- job.Run()\n\t\t}\n\t}\n}',
  rust: 'fn parse(line: &str) -> Result<(String, u32), ParseIntError> {\n    let mut parts = line.splitn(2, \'=\');\n    let key = parts.next().unwrap_or_default().trim().to_string();\n    let value = parts.next().unwrap_or("0").trim().parse()?;\n    Ok((key, value))\n}',
  java: '@RestController\npublic class PostController {\n    private final PostService service;\n\n    @GetMapping("/posts/{id}")\n    public ResponseEntity<Post> get(@PathVariable Long id) {\n        return ResponseEntity.of(service.find(id));\n    }\n}',
  kotlin: 'suspend fun loadAll(ids: List<Long>): List<Post> = coroutineScope {\n    ids.map { id -> async { repository.find(id) } }\n        .awaitAll()\n        .filterNotNull()\n}',
  sql: "SELECT p.id, p.title, COUNT(c.id) AS comments\nFROM posts p\nLEFT JOIN comments c ON c.post_id = p.id\nWHERE p.published_at > NOW() - INTERVAL '30 days'\nGROUP BY p.id\nORDER BY comments DESC\nLIMIT 10;",
  bash: 'set -euo pipefail\nkubectl -n blog rollout status deploy/web --timeout=120s\nkubectl -n blog get pods -o wide | grep -v Running || true\ncurl -fsS https://example.com/healthz',
  yaml: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: web\n          image: ghcr.io/example/web:1.4.2\n          resources:\n            limits:\n              memory: 512Mi',
  json: '{\n  "name": "blog",\n  "private": true,\n  "scripts": {\n    "build": "next build",\n    "test": "vitest run"\n  },\n  "engines": { "node": ">=20" }\n}',
  dockerfile: 'FROM node:20-slim AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n\nFROM node:20-slim\nCOPY --from=build /app/.next ./.next\nCMD ["npm", "start"]',
  css: '.prose pre {\n  overflow-x: auto;\n  border-radius: 0.5rem;\n  padding: 1rem;\n}\n\n@media (prefers-color-scheme: dark) {\n  .prose pre { background: #0f172a; }\n}',
  html: '<!doctype html>\n<html lang="ko">\n  <head>\n    <meta charset="utf-8" />\n    <title>블로그</title>\n  </head>\n  <body>\n    <main id="content"></main>\n  </body>\n</html>',
  cpp: '#include <vector>\n#include <algorithm>\n\nint longest(const std::vector<int>& xs) {\n    int best = 0, run = 0;\n    for (size_t i = 0; i < xs.size(); ++i) {\n        run = (i && xs[i] > xs[i - 1]) ? run + 1 : 1;\n        best = std::max(best, run);\n    }\n    return best;\n}',
  swift: 'struct Post: Codable, Identifiable {\n    let id: Int\n    let title: String\n}\n\nfunc load() async throws -> [Post] {\n    let (data, _) = try await URLSession.shared.data(from: url)\n    return try JSONDecoder().decode([Post].self, from: data)\n}',
  diff: '--- a/next.config.ts\n+++ b/next.config.ts\n@@ -1,4 +1,5 @@\n const config = {\n+  output: "export",\n   images: { unoptimized: true },\n }',
  text: 'GET /blog/hello HTTP/1.1\nHost: example.com\nAccept-Encoding: gzip\n\nHTTP/1.1 200 OK\nCache-Control: public, max-age=0, must-revalidate',
}
// Weights: how often a fence is in each language (TypeScript and JavaScript lead, as on real blogs).
const LANG_WEIGHTS = { ts: 14, js: 12, tsx: 7, python: 8, go: 5, rust: 3, java: 7, kotlin: 4, sql: 6, bash: 10, yaml: 6, json: 6, dockerfile: 3, css: 3, html: 2, cpp: 2, swift: 1, diff: 1, text: 2 }
const EXT = { ts: 'ts', js: 'js', tsx: 'tsx', python: 'py', go: 'go', rust: 'rs', java: 'java', kotlin: 'kt', sql: 'sql', bash: 'sh', yaml: 'yaml', json: 'json', dockerfile: 'Dockerfile', css: 'css', html: 'html', cpp: 'cpp', swift: 'swift', diff: 'diff', text: 'txt' }
const INLINE_MATH = ['O(n \\log n)', 'E = mc^2', '\\alpha + \\beta = \\gamma', 'p_{99}', 'x^{2} + y^{2} = r^{2}', '\\sqrt{n}', '\\lambda = 0.5', '2^{10} = 1024']
const DISPLAY_MATH = [
  '\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}',
  '\\int_0^1 x^2 \\, dx = \\frac{1}{3}',
  'f(x) = \\begin{cases} 1 & x \\ge 0 \\\\ 0 & x < 0 \\end{cases}',
  // A backslash inside braces, as real posts write it: once read as a JS expression by a parser without remark-math.
  'P(A \\mid B) = \\frac{P(B \\mid A) P(A)}{P(B)}',
  '\\text{throughput} = \\frac{\\text{requests}}{\\text{seconds}}',
]
const ALERTS = ['NOTE', 'TIP', 'IMPORTANT', 'WARNING', 'CAUTION']

// --- planning the corpus -------------------------------------------------------

/** Inverse of the standard normal CDF (Acklam's rational approximation), for evenly spaced quantiles. */
function normalQuantile(p) {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239]
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572]
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783]
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416]
  const q = Math.min(p, 1 - p)
  let x
  if (q < 0.02425) {
    const r = Math.sqrt(-2 * Math.log(q))
    x = (((((c[0] * r + c[1]) * r + c[2]) * r + c[3]) * r + c[4]) * r + c[5]) / ((((d[0] * r + d[1]) * r + d[2]) * r + d[3]) * r + 1)
    return p < 0.5 ? x : -x
  }
  const r = (p - 0.5) ** 2
  const s = p - 0.5
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * s) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
}

function shuffle(list, rand) {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[list[i], list[j]] = [list[j], list[i]]
  }
  return list
}

/**
 * What each of `posts` posts carries: its size, fences, math, images and series.
 * Sizes are the distribution's quantiles, dealt to posts in a seeded order; the
 * largest post is the one with 30 fences (code makes posts long).
 */
export function planCorpus(posts, seed = 1) {
  const rand = seededRandom(seed * 7919 + posts)
  const sizes = Array.from({ length: posts }, (_, k) => {
    const z = normalQuantile((k + 0.5) / posts)
    return Math.round(Math.min(TARGET.maxBytes, Math.max(TARGET.minBytes, TARGET.medianBytes * Math.exp(SIGMA * z))))
  })
  // The top quantile is the cap itself: a corpus of any size has one post at the maximum.
  sizes[posts - 1] = TARGET.maxBytes
  const order = shuffle(Array.from({ length: posts }, (_, i) => i), rand)
  const plans = order.map((k) => ({ bytes: sizes[k], fences: 0, math: false, images: 0, series: undefined, seriesOrder: undefined }))
  const largest = order.indexOf(posts - 1)
  // Code: exactly 30% of posts, the largest among them; fence counts grow with size (1 to 30).
  const codeCount = Math.round(posts * TARGET.codeShare)
  const withCode = new Set([largest, ...shuffle(plans.map((_, i) => i).filter((i) => i !== largest), rand).slice(0, codeCount - 1)])
  for (const i of withCode) {
    const share = (plans[i].bytes - TARGET.minBytes) / (TARGET.maxBytes - TARGET.minBytes)
    plans[i].fences = i === largest ? TARGET.maxFences : Math.max(1, Math.min(TARGET.maxFences - 1, Math.round(1 + share * 40 * (0.5 + rand()))))
  }
  for (const i of shuffle(plans.map((_, i) => i), rand).slice(0, Math.round(posts * TARGET.mathShare))) plans[i].math = true
  // Images: 3 to 15 a post, exactly 9 on average (pairs of posts around 9).
  for (let i = 0; i < posts; i++) plans[i].images = i % 2 === 0 ? 3 + Math.floor(rand() * 13) : 18 - plans[i - 1].images
  if (posts % 2 === 1) plans[posts - 1].images = TARGET.imagesPerPost
  // Series: 10% of posts, in runs of 3 to 8 consecutive posts.
  let inSeries = 0
  for (let i = 0, s = 0; i < posts && inSeries < posts * TARGET.seriesShare; i += 10 + Math.floor(rand() * 20), s++) {
    const length = Math.min(3 + Math.floor(rand() * 6), posts - i)
    for (let k = 0; k < length; k++) Object.assign(plans[i + k], { series: `${SERIES[s % SERIES.length]}${s >= SERIES.length ? ` ${Math.floor(s / SERIES.length) + 1}` : ''}`, seriesOrder: length - k })
    inSeries += length
  }
  return plans
}

// --- writing one post ------------------------------------------------------------

function writer(rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)]
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1))
  const zipf = (list) => list[Math.min(list.length - 1, Math.floor(list.length ** rand()) - 1)]
  const weighted = (weights) => {
    const entries = Object.entries(weights)
    let r = rand() * entries.reduce((sum, [, w]) => sum + w, 0)
    for (const [key, w] of entries) if ((r -= w) < 0) return key
    return entries[0][0]
  }
  const term = () => {
    const r = rand()
    if (r < 0.15) return `${pick(EN_TERMS)}${pick(KO_PARTICLES)}`
    if (r < 0.2) return `\`${pick(EN_INLINE_CODE)}\`${pick(KO_PARTICLES)}`
    return `${pick(KO_NOUNS)}${rand() < 0.6 ? pick(KO_PARTICLES) : ''}`
  }
  const koSentence = () => {
    const words = Array.from({ length: int(4, 10) }, term)
    if (rand() < 0.3) words.unshift(pick(KO_ADVERBS))
    if (rand() < 0.05) words.push(`[${pick(EN_TERMS)} 문서](https://example.com/docs/${int(1, 99)})`)
    return `${words.join(' ')} ${pick(KO_VERBS)}.`
  }
  const paragraph = () => Array.from({ length: int(2, 6) }, koSentence).join(' ')
  return { pick, int, zipf, weighted, koSentence, paragraph }
}

function codeFence(w, index) {
  const lang = w.weighted(LANG_WEIGHTS)
  const base = CODE[lang]
  const parts = Array.from({ length: w.int(1, 3) }, (_, k) => (k ? base.replaceAll(/\b(fetchPosts|memo|TagList|run|worker|parse|get|loadAll|longest|load)\b/g, `$1${k + 1}`) : base))
  const meta = []
  if (w.int(0, 2) === 0) meta.push(`title="${lang === 'dockerfile' ? 'Dockerfile' : `example-${index}.${EXT[lang]}`}"`)
  if (w.int(0, 3) === 0) meta.push(`{${w.int(1, 3)}}`)
  if (w.int(0, 4) === 0) meta.push('showLineNumbers')
  return ['```' + [lang, ...meta].join(' '), parts.join('\n\n'), '```'].join('\n')
}

function table(w) {
  const cols = w.int(3, 5)
  const header = `| ${['항목', '이전', '이후', '비고', '단위'].slice(0, cols).join(' | ')} |`
  const rule = `| --- |${' ---: |'.repeat(cols - 1)}`
  const rows = Array.from({ length: w.int(3, 8) }, () => `| ${w.pick(KO_NOUNS)} | ${Array.from({ length: cols - 1 }, () => w.int(1, 9999)).join(' | ')} |`)
  return [header, rule, ...rows].join('\n')
}

function list(w) {
  const r = w.int(0, 2)
  const items = Array.from({ length: w.int(3, 7) }, w.koSentence)
  if (r === 0) return items.map((s, k) => `${k + 1}. ${s}`).join('\n')
  if (r === 1) return items.map((s) => `- [${w.int(0, 1) ? 'x' : ' '}] ${s}`).join('\n')
  return items.map((s, k) => (k % 3 === 2 ? `  - ${s}` : `- ${s}`)).join('\n')
}

function quote(w) {
  const lines = Array.from({ length: w.int(1, 3) }, w.koSentence)
  return (w.int(0, 1) ? [`[!${w.pick(ALERTS)}]`, ...lines] : lines).map((line) => `> ${line}`).join('\n')
}

/** A small valid SVG of its own size, so the build reads a real width and height. */
export function svgImage(width, height, hue) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="hsl(${hue} 60% 85%)"/><circle cx="${width / 2}" cy="${height / 2}" r="${Math.min(width, height) / 4}" fill="hsl(${hue} 60% 45%)"/></svg>\n`
}

/**
 * The .mdx text of post `i` (1-based) and the image files kept next to it, from
 * its own seeded stream. `plan` is its line of planCorpus; without one, a
 * median post with code, math and 9 images.
 */
export function makePost(i, seed, plan = { bytes: TARGET.medianBytes, fences: 3, math: true, images: TARGET.imagesPerPost }) {
  const rand = seededRandom(seed * 100003 + i)
  const w = writer(rand)
  const folder = FOLDERS[i % FOLDERS.length]
  // Every fifth post has a Hangul file name (and so a Hangul slug).
  const name = i % 5 === 1 ? `벤치-글-${String(i).padStart(5, '0')}` : `bench-${String(i).padStart(5, '0')}`
  const file = folder ? `${folder}/${name}.mdx` : `${name}.mdx`
  const title = `${w.pick(EN_TERMS)}${w.pick(KO_PARTICLES)} ${w.pick(KO_NOUNS)} ${w.pick(KO_NOUNS)} ${w.pick(['정리', '회고', '삽질기', '톺아보기', '입문', '적용기', '후기'])} ${i}`
  const tags = [...new Set(Array.from({ length: w.int(1, 5) }, () => w.zipf(TAGS)))]
  // Dates walk back from 2025-06-30 a day per post: always in the past, all distinct.
  const date = new Date(Date.UTC(2025, 5, 30) - i * 86_400_000).toISOString().slice(0, 10)

  // The features, dealt over the sections; prose then fills the post to its planned size.
  const features = []
  for (let k = 1; k <= (plan.fences ?? 0); k++) features.push(codeFence(w, k))
  const images = []
  for (let k = 1; k <= (plan.images ?? 0); k++) {
    const alt = `${w.pick(KO_NOUNS)} ${w.pick(['구조', '흐름', '그래프', '화면', '결과'])}`
    if (k % 3 === 0) {
      const src = PUBLIC_IMAGES[k % PUBLIC_IMAGES.length]
      features.push(k % 6 === 0 ? `<Image src="${src}" alt="${alt}" />` : `![${alt}](${src})`)
    } else {
      const image = `${name}/figure-${k}.svg`
      images.push({ file: folder ? `${folder}/${image}` : image, text: svgImage(w.int(8, 24) * 40, w.int(5, 15) * 40, w.int(0, 359)) })
      features.push(`![${alt}](./${image})`)
    }
  }
  if (plan.math) {
    features.push(`${w.koSentence()} 식으로 쓰면 $${w.pick(INLINE_MATH)}$ 이고, 전체는 다음과 같다.`)
    features.push(`$$\n${w.pick(DISPLAY_MATH)}\n$$`)
  }
  for (let k = 0; k < w.int(0, 2); k++) features.push(table(w))
  for (let k = 0; k < w.int(1, 3); k++) features.push(list(w))
  for (let k = 0; k < w.int(0, 2); k++) features.push(quote(w))
  shuffle(features, rand)
  const footnote = w.int(0, 3) === 0

  const front = [
    '---',
    `title: '${title}'`,
    `date: '${date}'`,
    `tags: [${tags.map((tag) => `'${tag}'`).join(', ')}]`,
    `summary: '${w.koSentence()}'`,
    ...(plan.series ? [`series: '${plan.series}'`, `seriesOrder: ${plan.seriesOrder}`] : []),
    '---',
  ].join('\n')
  const blocks = []
  // Bytes so far, kept as blocks are added (joining on every check is quadratic at 60 KB).
  let bytes = Buffer.byteLength(front) + 1
  const add = (block) => {
    blocks.push(block)
    bytes += Buffer.byteLength(block) + 2
    return Buffer.byteLength(block) + 2
  }
  const tail = footnote ? `[^1]: ${w.koSentence()}` : ''
  const want = plan.bytes - Buffer.byteLength(tail)
  let section = 0
  const heading = () => add(`## ${++section}. ${w.pick(KO_NOUNS)}${w.pick(KO_PARTICLES)} ${w.pick([w.pick(EN_TERMS), w.pick(KO_NOUNS)])}`)
  add(w.paragraph() + (footnote ? '[^1]' : ''))
  heading()
  // Features in order, each after some prose; then paragraphs (a ## now and then) up to the size.
  const fill = Math.max(0, want - bytes - features.reduce((sum, f) => sum + Buffer.byteLength(f) + 2, 0))
  // Prose before the k-th feature catches up with k/n of 60% of the fill: overshoot stays one paragraph in all.
  let prose = 0
  for (const [k, feature] of features.entries()) {
    while (prose < (fill * 0.6 * (k + 1)) / features.length && bytes < want) prose += add(w.paragraph())
    add(feature)
    if (rand() < 0.25) add(`### ${w.pick(KO_NOUNS)} ${w.pick(['정리', '주의할 점', '결과', '다시 보기'])}`)
    else if (rand() < 0.2) heading()
  }
  // The last few hundred bytes in single sentences, so a post ends close to its planned size.
  while (bytes < want - 60) {
    if (want - bytes < 900) add(w.koSentence())
    else {
      if (rand() < 0.12) heading()
      add(w.paragraph())
    }
  }
  if (tail) add(tail)
  const text = `${front}\n\n${blocks.join('\n\n')}\n`
  return { file, text, images }
}

/** Writes the corpus and returns its folder (made under os.tmpdir() unless `out` is given). */
export function writeCorpus({ posts, seed = 1, out }) {
  const dir = out ?? mkdtempSync(join(tmpdir(), `bench-corpus-${posts}-`))
  if (out) rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'blog'), { recursive: true })
  mkdirSync(join(dir, 'authors'), { recursive: true })
  // The site's own author, so /about and post bylines render as in production.
  const root = fileURLToPath(new URL('../..', import.meta.url))
  writeFileSync(join(dir, 'authors', 'default.mdx'), readFileSync(join(root, 'data', 'authors', 'default.mdx')))
  const plans = planCorpus(posts, seed)
  for (let i = 1; i <= posts; i++) writePost(dir, makePost(i, seed, plans[i - 1]))
  return dir
}

/** Writes one post of makePost (and its images) into a corpus folder. */
export function writePost(dir, { file, text, images }) {
  const target = join(dir, 'blog', file)
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, text)
  for (const image of images) {
    mkdirSync(dirname(join(dir, 'blog', image.file)), { recursive: true })
    writeFileSync(join(dir, 'blog', image.file), image.text)
  }
}

/** Statistics of a list of post texts: what the issue measured on a real blog. */
export function corpusStats(texts) {
  const bytes = texts.map((t) => Buffer.byteLength(t)).sort((a, b) => a - b)
  const fences = texts.map((t) => (t.match(/^```\w/gm) ?? []).length)
  const images = texts.map((t) => (t.match(/!\[[^\]]*\]\(|<Image /g) ?? []).length)
  const languages = new Set(texts.flatMap((t) => [...t.matchAll(/^```(\w+)/gm)].map((m) => m[1])))
  const mid = bytes.length >> 1
  return {
    posts: texts.length,
    medianBytes: bytes.length % 2 ? bytes[mid] : (bytes[mid - 1] + bytes[mid]) / 2,
    meanBytes: bytes.reduce((a, b) => a + b, 0) / bytes.length,
    maxBytes: bytes[bytes.length - 1],
    minBytes: bytes[0],
    codeShare: fences.filter((n) => n > 0).length / texts.length,
    maxFences: Math.max(...fences),
    languages: languages.size,
    mathShare: texts.filter((t) => /^\$\$$/m.test(t)).length / texts.length,
    imagesPerPost: images.reduce((a, b) => a + b, 0) / texts.length,
    tableShare: texts.filter((t) => /^\| --- \|/m.test(t)).length / texts.length,
    alertShare: texts.filter((t) => /^> \[!\w+\]$/m.test(t)).length / texts.length,
    seriesShare: texts.filter((t) => /^series: /m.test(t)).length / texts.length,
    tags: new Set(texts.flatMap((t) => [...(/^tags: \[(.*)\]$/m.exec(t)?.[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]))).size,
  }
}

export function parseArgs(argv) {
  const args = {}
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([\w-]+)(?:=(.*))?$/.exec(argv[i])
    if (!m) continue
    if (m[2] !== undefined) args[m[1]] = m[2]
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) args[m[1]] = argv[++i]
    else args[m[1]] = true
  }
  return args
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = parseArgs(process.argv.slice(2))
  const posts = Number(args.posts ?? 100)
  const seed = Number(args.seed ?? 1)
  const dir = writeCorpus({ posts, seed, out: args.out })
  console.log(dir)
  if (args.stats) {
    const plans = planCorpus(posts, seed)
    console.log(corpusStats(plans.map((plan, i) => makePost(i + 1, seed, plan).text)))
  }
}
