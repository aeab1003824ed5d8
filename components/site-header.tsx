import Link from 'next/link'
import { siteConfig } from '@/data/site-config'
import { t } from '@/lib/site/i18n'
import { MobileMenu } from './mobile-menu'
import { SearchButton } from './search-button'
import { ThemeToggle } from './theme-toggle'
import { routes } from '@/lib/publishing/routes'

export function SiteHeader() {
  return (
    <header className="relative border-b border-gray-200 dark:border-gray-800">
      <div className="mx-auto flex h-16 max-w-3xl items-center justify-between gap-4 px-4 sm:px-6">
        <Link href={routes.home()} className="text-lg font-bold tracking-tight">
          {siteConfig.title}
        </Link>
        <div className="flex items-center gap-1">
          <nav aria-label={t.mainNav} className="hidden sm:block">
            <ul className="flex gap-1">
              {siteConfig.nav.map((link) => (
                <li key={link.href}>
                  <Link
                    href={link.href}
                    className="rounded-md px-3 py-2 font-medium text-gray-700 hover:bg-gray-100 dark:text-gray-200 dark:hover:bg-gray-800"
                  >
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <SearchButton />
          <ThemeToggle />
          <MobileMenu links={siteConfig.nav} />
        </div>
      </div>
    </header>
  )
}
