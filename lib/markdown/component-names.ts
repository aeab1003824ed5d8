// The components a post may use by name. The renderer's map (mdx-components.tsx)
// must provide each of these, and the content check rejects any other
// capitalised tag, so a typo fails the build with its line instead of at render.
export const mdxComponentNames = ['Image', 'YouTube'] as const

export type MdxComponentName = (typeof mdxComponentNames)[number]
