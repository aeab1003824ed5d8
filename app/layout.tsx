import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { Analytics } from '@/components/analytics'
import { Newsletter } from '@/components/newsletter'
import { ContentErrorsPanel } from '@/components/content-errors-panel'
import { SiteFooter } from '@/components/site-footer'
import { SiteHeader } from '@/components/site-header'
import { ThemeProvider } from '@/components/theme-provider'
import { language, t } from '@/lib/site/i18n'
import { siteMetadata } from '@/lib/publishing/metadata'
import './globals.css'

export const metadata: Metadata = siteMetadata()

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#030712' },
  ],
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // next-themes sets the theme class on <html> before hydration.
    <html lang={language} suppressHydrationWarning>
      <body className="bg-white font-sans text-gray-900 antialiased dark:bg-gray-950 dark:text-gray-100">
        <ThemeProvider>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:fixed focus:start-2 focus:top-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-gray-900"
          >
            {t.skipToContent}
          </a>
          <SiteHeader />
          <main id="main" className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
            <ContentErrorsPanel />
            {children}
          </main>
          <Newsletter />
          <SiteFooter />
        </ThemeProvider>
        <Analytics />
      </body>
    </html>
  )
}
