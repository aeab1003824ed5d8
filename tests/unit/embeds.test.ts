// The YouTube player's frame is allowed only where a page embeds it.
import { describe, expect, it } from 'vitest'
import { siteConfig } from '@/data/site-config'
import { contentSecurityPolicy } from '@/lib/site/csp'
import { YOUTUBE_ID, embedFrameSources, youtubeEmbedUrl } from '@/lib/site/embeds'

const frameSrc = (policy: string) => /frame-src ([^;]*)/.exec(policy)?.[1]

describe('YouTube embeds and the CSP', () => {
  it('a page whose HTML holds the poster gets the no-cookie player in frame-src; others keep none', () => {
    const page = '<main><figure class="x" data-embed="youtube"><button>재생</button></figure></main>'
    // The same words as text in a code block are escaped, so they do not count.
    const code = '<pre><code>&lt;figure data-embed="youtube"&gt;</code></pre>'
    expect(embedFrameSources(page)).toEqual(['https://www.youtube-nocookie.com'])
    expect(embedFrameSources(code)).toEqual([])
    const off = { ...siteConfig.integrations, giscus: { ...siteConfig.integrations.giscus, enabled: false } }
    expect(frameSrc(contentSecurityPolicy(off, { frames: embedFrameSources(page) }))).toBe('https://www.youtube-nocookie.com')
    expect(frameSrc(contentSecurityPolicy(off, { frames: embedFrameSources(code) }))).toBe("'none'")
  })

  it('plays from youtube-nocookie.com; ids are 11 characters', () => {
    expect(youtubeEmbedUrl('M7lc1UVf-VE')).toBe('https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1')
    expect(YOUTUBE_ID.test('M7lc1UVf-VE')).toBe(true)
    expect(YOUTUBE_ID.test('https://youtu.be/M7lc1UVf-VE')).toBe(false)
  })
})
