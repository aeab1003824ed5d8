// Types of post-assets.mjs (plain JS so that scripts/copy-assets.mjs can import it).
export const CONTENT_ASSETS: '/content-assets'
export function isAbsoluteUrl(src: string): boolean
export function isExternalUrl(src: string): boolean
export function fileNameOf(src: string): string
export function isPostAsset(pathInContentDir: string): boolean
export function postAssetPath(postDir: string, src: string): string | undefined
export function contentAssetUrl(pathInContentDir: string): string
export function postAssetUrl(postDir: string, src: string): string | undefined
export function publicFile(src: string, publicDir?: string): string | undefined
