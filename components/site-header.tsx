import Link from 'next/link'
import { siteConfig } from '@/data/site-config'
import { getAllSeries } from '@/lib/content'
import { t } from '@/lib/site/i18n'
import { MobileMenu } from './mobile-menu'
import { NavLinks, type NavLink } from './nav-links'
import { SearchButton } from './search-button'
import { ThemeToggle } from './theme-toggle'
import { routes } from '@/lib/publishing/routes'

/** The configured menu, plus 시리즈 after 아카이브 (or at the end) once a series exists. */
function menuLinks(): NavLink[] {
  const nav = siteConfig.nav
  if (getAllSeries().length === 0 || nav.some((link) => link.href === routes.allSeries())) return nav
  const at = nav.findIndex((link) => link.href === routes.archive()) + 1 || nav.length
  return [...nav.slice(0, at), { href: routes.allSeries(), label: t.series }, ...nav.slice(at)]
}

export function SiteHeader() {
  const links = menuLinks()
  return (
    // Sticky: the menu and search stay one glance away on a long post.
    <header className="sticky top-0 z-30 border-b border-gray-200 bg-white dark:border-gray-800 dark:bg-gray-950">
      <div className="mx-auto flex h-16 max-w-3xl items-center justify-between gap-4 px-4 sm:px-6">
        <Link href={routes.home()} className="text-lg font-bold tracking-tight">
          {siteConfig.title}
        </Link>
        <div className="flex items-center gap-1">
          <nav aria-label={t.mainNav} className="hidden sm:block">
            <ul className="flex gap-1">
              <NavLinks
                links={links}
                className="rounded-md px-3 py-2 font-medium text-gray-700 hover:bg-gray-100 dark:text-gray-200 dark:hover:bg-gray-800"
              />
            </ul>
          </nav>
          <SearchButton />
          <ThemeToggle />
          <MobileMenu links={links} />
        </div>
      </div>
    </header>
  )
}
