import type { RJSFSchema } from '@rjsf/utils'
import { followDisplayName } from '../../core/pack/followStarterText'

type JsonObject = Readonly<Record<string, unknown>>

/** Keys that follow the pack's files; the form never writes them. */
const FILE_LIST_KEYS = new Set(['kubeManifests', 'charts'])

function isEmptyContainer(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0
}

/**
 * The pack.json object after a form change: the schema's fields come from the form (absent means removed),
 * unknown keys and the file lists come from the file, and empty objects the form invented are left out.
 */
export function mergeFormData(current: JsonObject, formData: unknown, schema: RJSFSchema): Record<string, unknown> {
  const form: JsonObject = typeof formData === 'object' && formData !== null ? (formData as JsonObject) : {}
  const known = new Set(Object.keys(schema.properties ?? {}))
  const next: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(current)) {
    if (!known.has(key) || FILE_LIST_KEYS.has(key)) next[key] = value
  }
  for (const [key, value] of Object.entries(form)) {
    if (!known.has(key) || FILE_LIST_KEYS.has(key) || value === undefined) continue
    if (!(key in current) && isEmptyContainer(value)) continue
    next[key] = value
  }
  return next
}

/**
 * The object after a form change, with what follows from the change: leaving the `addon` layer drops
 * addonType and addonSubType (they mean nothing on another layer, and the form no longer shows them),
 * and a starter display name follows a rename.
 */
export function withFollowingFields(current: JsonObject, next: Record<string, unknown>): Record<string, unknown> {
  const result = { ...next }
  if (current.layer === 'addon' && next.layer !== 'addon') {
    delete result.addonType
    delete result.addonSubType
  }
  const displayName = followDisplayName({ name: current.name, displayName: current.displayName }, { name: result.name, displayName: result.displayName })
  if (displayName !== undefined) result.displayName = displayName
  return result
}
