import { findNodeAtLocation, parse, parseTree } from 'jsonc-parser'
import type { ParseError } from 'jsonc-parser'
import { PACK_JSON, readTextFile, setTextFile } from '../../pack/pack'
import type { Pack } from '../../pack/pack'
import { setPackJsonValue } from '../../pack/packJsonEdit'

/** pack.json's text and its strict-JSON top-level object; undefined when either is missing. */
export interface PackJsonSource {
  readonly text: string
  readonly object: Readonly<Record<string, unknown>>
}

/** Reads pack.json for a fix; a fix never touches a pack.json that is not strict JSON holding an object. */
export function readPackJson(pack: Pack): PackJsonSource | undefined {
  const text = readTextFile(pack, PACK_JSON)
  if (text === undefined) return undefined
  const errors: ParseError[] = []
  const value: unknown = parse(text, errors, { disallowComments: true, allowTrailingComma: false })
  if (errors.length > 0 || typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  return { text, object: value as Readonly<Record<string, unknown>> }
}

/**
 * Applies a text edit to pack.json: `edit` gets the current source and returns the new text, or
 * undefined when there is nothing to do. The same pack comes back when nothing changed.
 */
export function editPackJson(pack: Pack, edit: (source: PackJsonSource) => string | undefined): Pack {
  const source = readPackJson(pack)
  if (!source) return pack
  const next = edit(source)
  return next === undefined || next === source.text ? pack : setTextFile(pack, PACK_JSON, next)
}

/** Sets or (with undefined) removes one value, keeping the rest of the text as it is. */
export function setValue(text: string, path: readonly (string | number)[], value: unknown): string {
  return setPackJsonValue(text, path, value)
}

/** Appends an item to the array at `key` (created when missing), leaving the other items' text alone. */
export function appendToList(text: string, key: string, list: unknown, item: string): string {
  if (!Array.isArray(list)) return setPackJsonValue(text, [key], [item])
  return setPackJsonValue(text, [key, list.length], item)
}

/** Renames a top-level key in place (same position, same value text); the text unchanged when absent. */
export function renameTopLevelKey(text: string, from: string, to: string): string {
  const root = parseTree(text)
  const property = root ? findNodeAtLocation(root, [from])?.parent : undefined
  const keyNode = property?.children?.[0]
  if (!keyNode || keyNode.value !== from) return text
  return text.slice(0, keyNode.offset) + JSON.stringify(to) + text.slice(keyNode.offset + keyNode.length)
}
