import { describe, expect, it } from 'vitest'
import type { Author } from '@/lib/content'
import { authorContacts } from '@/lib/site/author-contacts'

const author = (fields: Partial<Author>) => ({ name: '김개발', id: 'default', ...fields }) as Author

describe('authorContacts', () => {
  it('links the email, the profiles (URL or bare handle) and every extra link, in that order', () => {
    expect(
      authorContacts(
        author({
          email: 'writer@example.com',
          github: 'octocat',
          twitter: '@kim',
          linkedin: 'https://www.linkedin.com/in/kim',
          links: ['https://www.example.org/me'],
        }),
      ),
    ).toEqual([
      { label: 'writer@example.com', href: 'mailto:writer@example.com' },
      { label: 'GitHub', href: 'https://github.com/octocat', rel: 'me noopener' },
      { label: 'X', href: 'https://x.com/kim', rel: 'me noopener' },
      { label: 'LinkedIn', href: 'https://www.linkedin.com/in/kim', rel: 'me noopener' },
      { label: 'example.org', href: 'https://www.example.org/me', rel: 'me noopener' },
    ])
  })

  it('drops what is not a web address or an email: no javascript:, data: or markup ever becomes a link', () => {
    expect(
      authorContacts(
        author({
          email: '"><script>@x.y',
          github: 'javascript:alert(1)',
          twitter: '<img src=x>',
          links: ['javascript:alert(1)', 'data:text/html,x', '//evil.example', 'https://'],
        }),
      ),
    ).toEqual([])
  })

  it('shows nothing for an author file without contacts', () => {
    expect(authorContacts(author({}))).toEqual([])
  })
})
