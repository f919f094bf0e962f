import type { ImageFormat, LogoInspection } from '../../core'

/** Formats the browser can turn into a PNG logo, with their MIME types. */
export const CONVERTIBLE_FORMATS: Readonly<Partial<Record<ImageFormat, string>>> = {
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  svg: 'image/svg+xml',
}

/** Human names of image formats. */
export const FORMAT_NAMES: Readonly<Record<ImageFormat, string>> = {
  png: 'PNG', jpeg: 'JPEG', webp: 'WebP', gif: 'GIF', svg: 'SVG', unknown: 'unknown',
}

const SMALL_SIDE = 64
const LARGE_SIDE = 1024
const LARGE_BYTES = 512 * 1024

/** Advice about a logo's size and shape (shipped logos range 48 to 3750 px, most of them square). */
export function logoWarnings(logo: LogoInspection): string[] {
  const warnings: string[] = []
  const { width, height } = logo
  if (width !== undefined && height !== undefined) {
    if (Math.min(width, height) < SMALL_SIDE) warnings.push(`The logo is small (${width}×${height} px) and may look blurry; ${SMALL_SIDE}×${SMALL_SIDE} px or more is better.`)
    if (Math.max(width, height) > LARGE_SIDE) warnings.push(`The logo is large (${width}×${height} px); 256×256 to 512×512 px is plenty.`)
    if (width !== height) warnings.push(`The logo is not square (${width}×${height} px); Palette shows logos in a square.`)
  }
  if (logo.byteLength > LARGE_BYTES) warnings.push(`The logo file is big (${formatBytes(logo.byteLength)}); it makes every copy of the pack bigger.`)
  return warnings
}

/** A byte count in B, KiB or MiB. */
export function formatBytes(count: number): string {
  if (count < 1024) return `${count} B`
  if (count < 1024 * 1024) return `${(count / 1024).toFixed(1)} KiB`
  return `${(count / 1024 / 1024).toFixed(1)} MiB`
}

/** The pixel size the browser draws a logo at when converting it: vector images get at least 256 px. */
export function conversionSize(format: ImageFormat, width: number, height: number): { width: number; height: number } {
  if (width <= 0 || height <= 0) return { width: 512, height: 512 }
  if (format !== 'svg' || Math.max(width, height) >= 256) return { width, height }
  const scale = 256 / Math.max(width, height)
  return { width: Math.round(width * scale), height: Math.round(height * scale) }
}

/** "120×90 px, 2.1 KiB" (pixels only when the header could be read). */
export function logoSizeText(logo: LogoInspection): string {
  const pixels = logo.width !== undefined && logo.height !== undefined ? `${logo.width}×${logo.height} px, ` : ''
  return `${pixels}${formatBytes(logo.byteLength)}`
}
