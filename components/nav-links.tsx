'use client'
import Link from 'next/link'
import { usePathname } from 'next/navigation'

export type NavLink = { href: string; label: string }

/** A nav item is current on its own page and on every page below it: a post marks 블로그, a tag page 태그. */
export function isCurrent(href: string, pathname: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`)
}

/**
 * The site menu's links with the current one marked (`aria-current`, and underlined so it is not colour alone).
 * A client component only for the pathname; the prerendered HTML already carries the mark.
 */
type Props = { links: NavLink[]; className: string; onNavigate?: () => void }

export function NavLinks({ links, className, onNavigate }: Props) {
  const pathname = usePathname() ?? ''
  return links.map((link) => (
    <li key={link.href}>
      <Link
        href={link.href}
        aria-current={isCurrent(link.href, pathname) ? 'page' : undefined}
        className={`${className} aria-[current=page]:text-accent-600 dark:aria-[current=page]:text-accent-400 decoration-2 underline-offset-[6px] aria-[current=page]:underline`}
        onClick={onNavigate}
      >
        {link.label}
      </Link>
    </li>
  ))
}
