/** What a generated logo shows: up to two initials on a background colour chosen from the name. */
export interface LogoMark {
  readonly initials: string
  /** `hsl(h s% l%)`, dark enough for white text. */
  readonly background: string
}

/** FNV-1a: a small stable hash, so a name always gets the same colour. */
function hash(text: string): number {
  let value = 0x811c9dc5
  for (const char of text) {
    value ^= char.codePointAt(0) ?? 0
    value = Math.imul(value, 0x01000193) >>> 0
  }
  return value
}

/** Initials from a display name or pack name ("Kube Prometheus Stack" -> "KP", "nginx" -> "NG"). */
export function logoInitials(name: string): string {
  const words = name.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '')
  const [first, second] = words
  if (first === undefined) return '?'
  const initials = second === undefined ? Array.from(first).slice(0, 2).join('') : `${Array.from(first)[0] ?? ''}${Array.from(second)[0] ?? ''}`
  return initials.toUpperCase()
}

/** The mark for a pack: its initials and a colour that depends only on the name. */
export function logoMark(name: string): LogoMark {
  const value = hash(name.trim().toLowerCase())
  const hue = value % 360
  const lightness = 32 + ((value >>> 9) % 12)
  return { initials: logoInitials(name), background: `hsl(${String(hue)} 60% ${String(lightness)}%)` }
}
