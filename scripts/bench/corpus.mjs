// A deterministic benchmark corpus: `--posts N --seed S` always writes the same
// Korean and English posts (headings, code, tables, lists) into a temporary
// content folder, never into data/. Usage:
//   node scripts/bench/corpus.mjs --posts 1000 --seed 1 [--out DIR]
// prints the folder it wrote.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { seededRandom } from '../lib/random.mjs'

const KO_WORDS = (
  '문제 해결 서비스 배포 파이프라인 인프라 자동화 테스트 코드 리뷰 동료 경험 아키텍처 마이크로 데이터베이스 ' +
  '성능 메모리 장애 복구 모니터링 지표 로그 분석 설계 도메인 경계 이벤트 메시지 큐 캐시 트래픽 요청 응답 ' +
  '지연 시간 사용자 화면 검색 색인 한글 형태소 초성 글쓰기 블로그 기록 회고 학습 책 강의 발표 팀 조직 ' +
  '문화 의사결정 우선순위 일정 비용 보안 인증 권한 네트워크 컨테이너 쿠버네티스 클러스터 노드 오류 버그'
).split(' ')
const KO_ENDINGS = ['했다.', '이었다.', '할 수 있었다.', '라고 생각한다.', '하기로 했다.', '가 필요했다.', '를 배웠다.', '였다.']
const KO_JOIN = ['을', '를', '이', '가', '은', '는', '에서', '으로', '와', '의']
const EN_WORDS = (
  'problem solution service deploy pipeline infrastructure automation test code review team experience ' +
  'architecture database performance memory outage recovery monitoring metric log analysis design domain ' +
  'boundary event message queue cache traffic request response latency user screen search index writing ' +
  'blog record retrospective learning book talk priority schedule cost security auth network container cluster node bug'
).split(' ')
// Includes the tag shapes the site must keep apart (C++ / C# / C) and Hangul tags.
const TAGS = [
  'devops', 'aws', 'kubernetes', 'terraform', 'react', 'next-js', 'typescript', 'rust', 'go', 'python',
  'C++', 'C#', 'C', 'database', 'testing', 'security', 'career', 'book', 'design', 'performance',
  '회고', '독서', '인프라', '개발', '글쓰기', '마이크로서비스', '테스트', '성능', '보안', '일상',
]
const LANGS = [
  ['ts', 'export function add(a: number, b: number): number {\n  return a + b\n}\n\nconsole.log(add(1, 2))'],
  ['python', 'def fib(n: int) -> int:\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a\n\nprint(fib(30))'],
  ['bash', 'set -euo pipefail\nkubectl get pods -n blog | grep -v Running || true\nterraform plan -out plan.tfplan'],
  ['go', 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfor i := 0; i < 3; i++ {\n\t\tfmt.Println("안녕", i)\n\t}\n}'],
]

function makeText(rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)]
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1))
  const koSentence = () =>
    Array.from({ length: int(4, 9) }, () => pick(KO_WORDS) + (rand() < 0.5 ? pick(KO_JOIN) : '')).join(' ') +
    ' ' +
    pick(KO_ENDINGS)
  const enSentence = () => {
    const words = Array.from({ length: int(6, 14) }, () => pick(EN_WORDS))
    words[0] = words[0][0].toUpperCase() + words[0].slice(1)
    return words.join(' ') + '.'
  }
  return { pick, int, koSentence, enSentence }
}

/** The .mdx text of post `i` (1-based), from its own seeded stream so posts never shift each other. */
export function makePost(i, seed) {
  const rand = seededRandom(seed * 100003 + i)
  const { pick, int, koSentence, enSentence } = makeText(rand)
  const korean = i % 2 === 1
  const sentence = korean ? koSentence : enSentence
  const para = () => Array.from({ length: int(3, 7) }, sentence).join(' ')
  const title = korean
    ? `${pick(KO_WORDS)} ${pick(KO_WORDS)}${pick(KO_JOIN)} ${pick(KO_WORDS)} ${i}번째 이야기`
    : `Notes on ${pick(EN_WORDS)} and ${pick(EN_WORDS)}, part ${i}`
  const tags = [...new Set(Array.from({ length: int(1, 4) }, () => pick(TAGS)))]
  // Dates walk back from 2025-06-30 about a day per post: always in the past, all distinct.
  const date = new Date(Date.UTC(2025, 5, 30) - i * 86_400_000).toISOString().slice(0, 10)
  const sections = []
  for (let s = 1; s <= int(3, 5); s++) {
    const body = [`## ${korean ? `${s}. ${pick(KO_WORDS)} ${pick(KO_WORDS)}` : `${s}. The ${pick(EN_WORDS)}`}`, para(), para()]
    if (s === 1) {
      const [lang, code] = pick(LANGS)
      body.push('```' + lang + '\n' + code + '\n```')
    }
    if (s === 2) {
      const rows = Array.from({ length: 4 }, () => `| ${pick(korean ? KO_WORDS : EN_WORDS)} | ${int(10, 999)} | ${int(10, 999)} |`)
      body.push([korean ? '| 항목 | 이전 | 이후 |' : '| item | before | after |', '| --- | ---: | ---: |', ...rows].join('\n'))
    }
    if (s === 3) body.push(Array.from({ length: int(3, 5) }, () => `- ${sentence()}`).join('\n'))
    body.push(`### ${korean ? `${pick(KO_WORDS)} 정리` : `About ${pick(EN_WORDS)}`}`, para())
    if (s === 3) body.push(Array.from({ length: 3 }, (_, k) => `${k + 1}. ${sentence()}`).join('\n'))
    sections.push(body.join('\n\n'))
  }
  const summary = sentence().replace(/'/g, "''")
  const frontmatter = [
    '---',
    `title: '${title.replace(/'/g, "''")}'`,
    `date: '${date}'`,
    `tags: [${tags.map((tag) => `'${tag}'`).join(', ')}]`,
    `summary: '${summary}'`,
    '---',
  ].join('\n')
  // Every fifth Korean post has a Hangul file name (and so a Hangul slug).
  const file = korean && i % 5 === 1 ? `벤치-글-${String(i).padStart(4, '0')}.mdx` : `bench-${String(i).padStart(4, '0')}.mdx`
  return { file, text: `${frontmatter}\n\n${sections.join('\n\n')}\n` }
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
  for (let i = 1; i <= posts; i++) {
    const { file, text } = makePost(i, seed)
    writeFileSync(join(dir, 'blog', file), text)
  }
  return dir
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
  const dir = writeCorpus({ posts: Number(args.posts ?? 100), seed: Number(args.seed ?? 1), out: args.out })
  console.log(dir)
}
