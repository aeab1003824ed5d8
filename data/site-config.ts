// The one place a writer configures the site. Every absolute URL is built from `siteUrl`.
export type Locale = 'ko' | 'en'

export type SiteConfig = {
  title: string
  description: string
  /** id of the file in data/authors/ that speaks for the site (used by /about) */
  author: string
  /** where the site lives, with its sub-path if it has one: `https://me.github.io/blog` */
  siteUrl: string
  /**
   * The sub-path every page, asset and feed is under (`/blog` for a GitHub Pages
   * project site), '' at the domain root. Taken from siteUrl's path; BASE_PATH in
   * the environment sets it (and adds it to siteUrl) for one build.
   */
  basePath: string
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
  /**
   * Where a post's source can be edited: the repository's edit URL of the content
   * folder, e.g. `https://github.com/me/blog/edit/main/data`; each post links to
   * `<editUrl>/<its file>` ("이 글 고치기"). Empty: no link.
   */
  editUrl: string
  /** Third-party services. Each is off until `enabled: true`; off means no script, no request, no CSP entry. */
  integrations: Integrations
  /** Search engines' ownership checks (docs/deploy.md says where each code comes from); empty means none. */
  verification: SiteVerification
}

export type SiteVerification = {
  /** Google Search Console, "HTML tag" method: the `content` value */
  google: string
  /** Naver Search Advisor (서치어드바이저), "HTML 태그" method: the `content` value */
  naver: string
  /** Bing Webmaster Tools, "HTML Meta Tag" method: the `content` value of `msvalidate.01` */
  bing: string
  /** Daum 웹마스터도구: the whole robots.txt line it shows (`#DaumWebMasterTool:…`) */
  daum: string
}

// Build-time override, like GISCUS_* below: `NAVER_SITE_VERIFICATION=… npm run build`.
function verificationFromEnv(config: SiteVerification): SiteVerification {
  const env = (name: string) => process.env[`${name}_SITE_VERIFICATION`]?.trim()
  return {
    google: env('GOOGLE') || config.google,
    naver: env('NAVER') || config.naver,
    bing: env('BING') || config.bing,
    daum: env('DAUM') || config.daum,
  }
}

export type Integrations = {
  /** Comments from GitHub Discussions (https://giscus.app: copy the values it shows). */
  giscus: {
    enabled: boolean
    repo: `${string}/${string}` | ''
    repoId: string
    category: string
    categoryId: string
    /** which page ↔ discussion mapping giscus uses */
    mapping: 'pathname' | 'url' | 'title' | 'og:title'
    reactionsEnabled: boolean
  }
  umami: {
    enabled: boolean
    websiteId: string
    /** the tracker script of your Umami instance */
    scriptUrl: string
  }
  plausible: {
    enabled: boolean
    /** the site's domain as registered in Plausible */
    domain: string
    scriptUrl: string
  }
  /** Newsletter sign-up posted to Buttondown by app/api/newsletter (needs BUTTONDOWN_API_KEY; `next start` only). */
  buttondown: { enabled: boolean }
}

/** `https://a.io/blog/` + BASE_PATH → siteUrl `https://a.io/blog`, basePath `/blog` (no trailing slash, '' at the root). */
function withBasePath(siteUrl: string, basePathEnv: string | undefined): { siteUrl: string; basePath: string } {
  const url = new URL(siteUrl)
  const clean = (path: string) => path.replace(/\/+$/, '').replace(/^(?!\/|$)/, '/')
  const basePath = basePathEnv !== undefined && basePathEnv !== '' ? clean(basePathEnv) : clean(url.pathname)
  return { siteUrl: `${url.origin}${basePath}`, basePath }
}

type GiscusConfig = Integrations['giscus']

// Build-time override so a test (or a deploy) can switch giscus on without
// editing this file: `GISCUS_REPO=owner/name GISCUS_REPO_ID=… npm run build`.
function giscusFromEnv(config: GiscusConfig): GiscusConfig {
  const repo = process.env.GISCUS_REPO
  if (!repo || !/^[^/\s]+\/[^/\s]+$/.test(repo)) return config
  const [owner, name] = repo.split('/')
  return {
    ...config,
    enabled: true,
    repo: `${owner}/${name}`,
    repoId: process.env.GISCUS_REPO_ID ?? config.repoId,
    category: process.env.GISCUS_CATEGORY ?? config.category,
    categoryId: process.env.GISCUS_CATEGORY_ID ?? config.categoryId,
  }
}

export const siteConfig: SiteConfig = {
  title: '개발 일지',
  description: '문제를 정의하고 해결해 나가는 과정을 기록합니다.',
  author: 'default',
  ...withBasePath(process.env.SITE_URL ?? 'https://blog.example.com', process.env.BASE_PATH),
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
  editUrl: '',
  integrations: {
    giscus: giscusFromEnv({
      enabled: false,
      repo: '',
      repoId: '',
      category: 'Comments',
      categoryId: '',
      mapping: 'pathname',
      reactionsEnabled: true,
    }),
    umami: { enabled: false, websiteId: '', scriptUrl: 'https://cloud.umami.is/script.js' },
    plausible: { enabled: false, domain: 'blog.example.com', scriptUrl: 'https://plausible.io/js/script.js' },
    buttondown: { enabled: false },
  },
  verification: verificationFromEnv({ google: '', naver: '', bing: '', daum: '' }),
}
