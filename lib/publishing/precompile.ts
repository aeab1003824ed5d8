// The build helper's work (scripts/build.mjs runs it beside `next build`): every
// post's page code, OG card and feed HTML made into the build cache through the
// same functions the prerender calls, so the prerender finds them done. Next
// prerenders on one worker (next.config.ts); this uses the core it leaves idle.
import { siteConfig } from '@/data/site-config'
import { getPublishedPosts, getTags, getVisiblePosts, postCompileContext, type Post } from '../content'
import { compilePost } from '../markdown/compile-cache'
import { renderFeedHtml } from '../markdown/feed-html'
import { feedBodyContext, feedPosts } from './feed'
import { postOgCard, renderOgImage } from './og-image'

/**
 * Oldest post first: the prerender renders post pages newest first, so the two
 * meet in the middle instead of compiling the same posts. Then the cards and
 * the feed HTML, in the order the prerender reaches them. A body that fails is
 * left to the prerender, which reports it with its page (the content check has
 * named its line before this runs).
 */
export async function precompilePosts(): Promise<{ pages: number; cards: number; feeds: number; failed: number }> {
  const done = { pages: 0, cards: 0, feeds: 0, failed: 0 }
  const attempt = async (compile: () => Promise<unknown>, kind: 'pages' | 'cards' | 'feeds') => {
    try {
      await compile()
      done[kind]++
    } catch {
      done.failed++
    }
  }
  for (const post of [...getVisiblePosts()].reverse()) await attempt(() => compilePost(post.body.raw, postCompileContext(post)), 'pages')
  for (const post of [...getPublishedPosts()].reverse()) await attempt(() => renderOgImage(postOgCard(post)), 'cards')
  if (siteConfig.feed.content === 'full') {
    // The posts some feed carries: the site's newest and each tag's newest.
    const inFeeds = new Set<Post>([...feedPosts(), ...getTags().flatMap((tag) => feedPosts(tag))])
    for (const post of [...inFeeds].reverse()) await attempt(() => renderFeedHtml(post.body.raw, feedBodyContext(post)), 'feeds')
  }
  return done
}
