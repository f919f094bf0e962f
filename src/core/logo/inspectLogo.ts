import type { LogoInspection } from './logoInfo'

/** Reads what a logo really is. (Placeholder until the archive work lands.) */
export function inspectLogo(bytes: Uint8Array): LogoInspection {
  return { format: 'unknown', byteLength: bytes.length }
}
