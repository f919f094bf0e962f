import { parseJsonView } from './jsonView'
import { PACK_JSON } from './pack'
import type { Pack } from './pack'

/** The identity fields of pack.json, each present only when pack.json holds it as a string. */
export interface PackJsonIdentity {
  readonly name?: string
  readonly displayName?: string
  readonly version?: string
  readonly layer?: string
}

const IDENTITY_KEYS = ['name', 'displayName', 'version', 'layer'] as const

/** Reads name, displayName, version and layer from pack.json (memoized parse); {} when it is missing or broken. */
export function packJsonIdentity(pack: Pack): PackJsonIdentity {
  const bytes = pack.files.get(PACK_JSON)
  const value = bytes ? parseJsonView(bytes).value : undefined
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {}
  const identity: Record<string, string> = {}
  for (const key of IDENTITY_KEYS) {
    const member: unknown = Reflect.get(value, key)
    if (typeof member === 'string') identity[key] = member
  }
  return identity
}
