// The /projects page reads this list; newest or most important first.
export type Project = {
  title: string
  description: string
  /** where the project lives (repository, demo, store page) */
  href?: string
  /** a few words about what it is built with */
  tech?: string[]
  /** e.g. `2023` or `2021–2023` */
  period?: string
}

export const projects: Project[] = [
  {
    title: '한글 블로그 엔진',
    description: 'Next.js와 MDX로 만든 한국어 우선 블로그. 한글 주소와 태그, 피드, 검색을 지원한다.',
    href: 'https://github.com/',
    tech: ['Next.js', 'MDX', 'TypeScript'],
    period: '2024',
  },
  {
    title: '젠킨스 메모리 모니터링',
    description: 'heap dump를 주기적으로 분석해 OOM 징후를 알려 주는 작은 도구.',
    tech: ['Java', 'Jenkins'],
    period: '2023',
  },
]
