import { packJsonIdentity } from '../../core/pack/packJsonIdentity'
import type { Pack } from '../../core'

/** What the header and the push panel show about a pack; empty strings when pack.json does not say. */
export interface PackSummary {
  readonly name: string
  readonly displayName: string
  readonly version: string
  readonly layer: string
}

/** The identity of a pack, read from pack.json (derived, never stored). */
export function packSummary(pack: Pack): PackSummary {
  const { name = '', displayName = '', version = '', layer = '' } = packJsonIdentity(pack)
  return { name, displayName, version, layer }
}
