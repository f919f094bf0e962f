/** Image formats the builder recognises by their signature. */
export type ImageFormat = 'png' | 'jpeg' | 'webp' | 'gif' | 'svg' | 'unknown'

/** What a logo file really is, read from its bytes rather than its name. */
export interface LogoInspection {
  readonly format: ImageFormat
  /** Pixel width, when the header could be read. */
  readonly width?: number
  /** Pixel height, when the header could be read. */
  readonly height?: number
  readonly byteLength: number
  /** Why a PNG could not be read (bad IHDR, truncated), when it could not. */
  readonly problem?: string
}
