// What an author file (data/authors/<id>.mdx) says about where to reach its author, as links a page may show.
import type { Author } from '../content'

export type Contact = { label: string; href: string; rel?: string }

/** Only web addresses become links: a `javascript:` (or any other scheme) in an author file is dropped. */
function webUrl(value: string | undefined, profileBase?: string): string | undefined {
  const text = value?.trim()
  if (!text) return undefined
  if (/^https?:\/\//i.test(text)) return URL.canParse(text) ? text : undefined
  // A bare handle (`octocat`, `@octocat`) on a known site.
  return profileBase && /^@?[\w.-]+$/.test(text) ? `${profileBase}${text.replace(/^@/, '')}` : undefined
}

/** The contacts an author file lists (`email`, `github`, `twitter`, `linkedin`, `links`), safe to link. */
export function authorContacts(author: Author): Contact[] {
  const contacts: Contact[] = []
  const email = author.email?.trim()
  if (email && /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(email)) contacts.push({ label: email, href: `mailto:${email}` })
  const profiles: [string, string | undefined, string][] = [
    ['GitHub', author.github, 'https://github.com/'],
    ['X', author.twitter, 'https://x.com/'],
    ['LinkedIn', author.linkedin, 'https://www.linkedin.com/in/'],
  ]
  for (const [label, value, base] of profiles) {
    const href = webUrl(value, base)
    if (href) contacts.push({ label, href, rel: 'me noopener' })
  }
  for (const link of author.links ?? []) {
    const href = webUrl(link)
    if (href) contacts.push({ label: new URL(href).host.replace(/^www\./, ''), href, rel: 'me noopener' })
  }
  return contacts
}
