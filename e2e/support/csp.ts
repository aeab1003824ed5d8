// Reading a page's Content-Security-Policy the way a browser does: every
// policy delivered (headers and <meta>) is enforced, so each one that limits
// scripts must allow the page's inline scripts, and none may open the door.
import { createHash } from 'node:crypto'
import { expect, type APIResponse, type Page } from '@playwright/test'

export type Policy = { from: 'header' | 'meta'; directives: Map<string, string[]> }

function parse(policy: string, from: Policy['from']): Policy {
  const directives = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources)
  }
  return { from, directives }
}

const decodeAttribute = (value: string) =>
  value.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')

/** Every policy of a response: its CSP header(s) and, for HTML, `<meta http-equiv>` in the page. */
export function policiesOf(response: APIResponse, body: string): Policy[] {
  const headers = response
    .headersArray()
    .filter(({ name }) => name.toLowerCase() === 'content-security-policy')
    .flatMap(({ value }) => value.split(','))
    .map((value) => parse(value, 'header'))
  const metas = [...body.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/gi)].map((match) =>
    parse(decodeAttribute(match[1]), 'meta'),
  )
  return [...headers, ...metas]
}

/** The sources a policy applies to inline <script> elements, or null when it does not limit scripts. */
export function scriptSources(policy: Policy): string[] | null {
  return policy.directives.get('script-src-elem') ?? policy.directives.get('script-src') ?? policy.directives.get('default-src') ?? null
}

/** Inline scripts the browser would run (no src, no data type such as JSON-LD), as the browser hashes them. */
export function executableInlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc=/.test(attributes) && !/\btype="(?!module")/.test(attributes))
    .map(([, , text]) => text)
}

export const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

/**
 * The strict-CSP promise for one page: some policy limits scripts; none that
 * does allows 'unsafe-inline' or 'unsafe-eval'; each allows every inline
 * script of the page by its hash.
 */
export function expectStrictScriptPolicy(policies: Policy[], html: string, where: string) {
  const limiting = policies.map(scriptSources).filter((sources): sources is string[] => sources !== null)
  expect(limiting.length, `${where}: a policy that limits scripts`).toBeGreaterThan(0)
  for (const sources of limiting) {
    expect(sources, where).not.toContain("'unsafe-inline'")
    expect(sources, where).not.toContain("'unsafe-eval'")
    expect(sources, where).not.toContain('*')
    for (const script of executableInlineScripts(html)) {
      expect(sources, `${where}: hash of <script>${script.slice(0, 60)}…`).toContain(sha256(script))
    }
  }
}

/** Opens search from the header and waits for a result, as a reader would. */
export async function searchFor(page: Page, dialog: ReturnType<Page['getByRole']>, query: string) {
  await dialog.getByRole('combobox').fill(query)
  await expect(dialog.getByRole('option').first()).toBeVisible()
}
