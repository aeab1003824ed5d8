import { siteConfig } from '@/data/site-config'
import { sitePath } from '@/lib/publishing/routes'

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-gray-200 dark:border-gray-800">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-8 text-sm text-gray-500 sm:px-6 dark:text-gray-400">
        <p>
          © {new Date().getFullYear()} {siteConfig.title}
        </p>
        <ul className="flex gap-4">
          {siteConfig.socials.map((social) => (
            <li key={social.href}>
              <a href={sitePath(social.href)} className="hover:text-gray-900 dark:hover:text-gray-100" rel="me noopener">
                {social.label}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </footer>
  )
}
