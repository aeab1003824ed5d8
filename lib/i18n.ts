// Every string the UI shows, in one dictionary. The site config's locale picks it.
import { siteConfig } from '@/data/site-config'
import type { Locale } from '@/data/site-config'

const ko = {
  home: '홈',
  latestPosts: '최근 글',
  allPosts: '모든 글 보기',
  blog: '블로그',
  tags: '태그',
  tagPosts: (tag: string) => `‘${tag}’ 태그의 글`,
  postCount: (n: number) => `글 ${n}개`,
  noPosts: '아직 글이 없습니다.',
  previousPage: '이전',
  nextPage: '다음',
  pageOf: (page: number, total: number) => `${total}쪽 중 ${page}쪽`,
  newerPost: '다음 글',
  olderPost: '이전 글',
  writtenBy: '글쓴이',
  publishedOn: '게시일',
  draft: '초안',
  scheduled: '예약됨',
  tableOfContents: '목차',
  about: '소개',
  backToBlog: '← 블로그로',
  notFoundTitle: '페이지를 찾을 수 없습니다',
  notFoundBody: '주소가 바뀌었거나 없는 페이지입니다.',
  goHome: '홈으로 가기',
  openMenu: '메뉴 열기',
  closeMenu: '메뉴 닫기',
  toggleTheme: '다크 모드 전환',
  skipToContent: '본문으로 건너뛰기',
  mainNav: '주 메뉴',
  pagination: '페이지 이동',
  contentErrors: '글 오류',
  contentErrorsTitle: (n: number) => `글에 고칠 곳이 ${n}군데 있습니다. 파일을 고치면 이 상자는 사라집니다.`,
}

type Dictionary = typeof ko

const en: Dictionary = {
  home: 'Home',
  latestPosts: 'Latest posts',
  allPosts: 'All posts',
  blog: 'Blog',
  tags: 'Tags',
  tagPosts: (tag) => `Posts tagged “${tag}”`,
  postCount: (n) => `${n} post${n === 1 ? '' : 's'}`,
  noPosts: 'No posts yet.',
  previousPage: 'Previous',
  nextPage: 'Next',
  pageOf: (page, total) => `Page ${page} of ${total}`,
  newerPost: 'Newer post',
  olderPost: 'Older post',
  writtenBy: 'Written by',
  publishedOn: 'Published on',
  draft: 'Draft',
  scheduled: 'Scheduled',
  tableOfContents: 'Contents',
  about: 'About',
  backToBlog: '← Back to the blog',
  notFoundTitle: 'Page not found',
  notFoundBody: 'The address changed or never existed.',
  goHome: 'Go home',
  openMenu: 'Open menu',
  closeMenu: 'Close menu',
  toggleTheme: 'Toggle dark mode',
  skipToContent: 'Skip to content',
  mainNav: 'Main navigation',
  pagination: 'Pagination',
  contentErrors: 'Content errors',
  contentErrorsTitle: (n) => `${n} problem${n === 1 ? '' : 's'} in your posts. Fix the file and this box goes away.`,
}

const dictionaries: Record<Locale, Dictionary> = { ko, en }

export const language: Locale = siteConfig.locale.startsWith('en') ? 'en' : 'ko'
export const t: Dictionary = dictionaries[language]
