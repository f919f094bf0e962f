// Helpers shared by the pack.json rules; not a rule itself.
import { PACK_JSON } from '../../../pack/pack'
import { formatPointer } from '../../../text/jsonPointer'
import type { LintContext, Severity } from '../../types'
import { isPlainObject } from '../../../data/isPlainObject'

/** The file every pack.json finding is about. */
export const PACK_JSON_FILE = PACK_JSON

/** JSON pointer into pack.json from path segments. */
export function pointerTo(...segments: readonly (string | number)[]): string {
  return formatPointer(segments)
}

/** Picks the severity for the lint mode: strict for packs being authored, lenient for imported ones. */
export function byMode(context: LintContext, author: Severity, imported: Severity): Severity {
  return context.mode === 'author' ? author : imported
}

/** `JSON.stringify` for messages: shows strings quoted and other values as JSON. */
export function show(value: unknown): string {
  // JSON.stringify returns undefined for undefined and functions, whatever its type says.
  return value === undefined || typeof value === 'function' ? 'nothing' : JSON.stringify(value)
}

/** One constraint entry with its index, for rules that walk `constraints.<list>[]`. */
export interface ConstraintEntry {
  readonly index: number
  readonly entry: unknown
}

/** The entries of `constraints.dependencies` or `constraints.resources`, when it is an array. */
export function constraintEntries(context: LintContext, list: 'dependencies' | 'resources'): ConstraintEntry[] {
  const constraints = context.packJsonObject?.['constraints']
  const entries = isPlainObject(constraints) ? constraints[list] : undefined
  return Array.isArray(entries) ? entries.map((entry: unknown, index) => ({ index, entry })) : []
}
