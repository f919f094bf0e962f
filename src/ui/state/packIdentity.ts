import { parseJsonView } from '../../core'
import type { Pack } from '../../core'

/** What the header and the push panel show about a pack; empty strings when pack.json does not say. */
export interface PackSummary {
  readonly name: string
  readonly displayName: string
  readonly version: string
  readonly layer: string
}

function text(object: Readonly<Record<string, unknown>>, key: string): string {
  const value = object[key]
  return typeof value === 'string' ? value : ''
}

/** The identity of a pack, read from pack.json (derived, never stored). */
export function packSummary(pack: Pack): PackSummary {
  const bytes = pack.files.get('pack.json')
  const value = bytes === undefined ? undefined : parseJsonView(bytes).value
  const object = typeof value === 'object' && value !== null ? (value as Readonly<Record<string, unknown>>) : {}
  return { name: text(object, 'name'), displayName: text(object, 'displayName'), version: text(object, 'version'), layer: text(object, 'layer') }
}
