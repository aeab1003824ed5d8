// The one place a writer configures the site. Every absolute URL is built from `siteUrl`.
export type Locale = 'ko' | 'en'

export type SiteConfig = {
  title: string
  description: string
  /** id of the file in data/authors/ that speaks for the site (used by /about) */
  author: string
  siteUrl: string
  /** BCP 47 language tag: `ko-KR` or `en-US`; picks the UI dictionary */
  locale: `${Locale}-${string}`
  /** IANA zone used to read frontmatter dates and to show them */
  timeZone: string
  postsPerPage: number
  /** how many posts the home page shows */
  homePosts: number
  nav: { href: string; label: string }[]
  socials: { label: string; href: string }[]
  feed: {
    /** how many of the newest posts each feed carries */
    limit: number
    /** `full`: each entry carries the post rendered to HTML; `summary`: only its summary */
    content: 'full' | 'summary'
  }
}

export const siteConfig: SiteConfig = {
  title: '개발 일지',
  description: '문제를 정의하고 해결해 나가는 과정을 기록합니다.',
  author: 'default',
  siteUrl: process.env.SITE_URL ?? 'https://blog.example.com',
  locale: 'ko-KR',
  timeZone: 'Asia/Seoul',
  postsPerPage: 10,
  homePosts: 5,
  nav: [
    { href: '/blog', label: '블로그' },
    { href: '/tags', label: '태그' },
    { href: '/archive', label: '아카이브' },
    { href: '/projects', label: '프로젝트' },
    { href: '/about', label: '소개' },
  ],
  socials: [
    { label: 'GitHub', href: 'https://github.com/' },
    { label: 'RSS', href: '/feed.xml' },
  ],
  feed: { limit: 20, content: 'full' },
}
