import { siteConfig } from '@/data/site-config'

/** Umami and Plausible tags, each only when switched on in data/site-config.ts. */
export function Analytics() {
  const { umami, plausible } = siteConfig.integrations
  return (
    <>
      {umami.enabled && <script defer src={umami.scriptUrl} data-website-id={umami.websiteId} />}
      {plausible.enabled && <script defer src={plausible.scriptUrl} data-domain={plausible.domain} />}
    </>
  )
}
