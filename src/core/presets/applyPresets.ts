import { isMap, isScalar, isSeq } from 'yaml'
import type { Document } from 'yaml'
import { isPlainObject } from '../data/isPlainObject'
import { splitDottedPath } from '../values/dottedPath'
import { parseAddFragment } from './presetsModel'
import { parseDocumentWithinDepth } from '../text/parseYamlWithinDepth'

/** A preset of presets.yaml as the Rendered view offers it. */
export interface PresetChoice {
  /** `group:name`, as the enabled-presets comment writes it. */
  readonly id: string
  readonly group: string
  readonly name: string
  readonly displayName: string
}

/** The presets of a presets.yaml text that can be chosen (items with a group and a name); [] when it does not parse. */
export function listPresets(presetsText: string): PresetChoice[] {
  const document = parseDocumentWithinDepth(presetsText, { uniqueKeys: false })
  if (document.errors.length > 0) return []
  const list = document.get('presets', true)
  if (!isSeq(list)) return []
  const choices: PresetChoice[] = []
  for (const item of list.items) {
    if (!isMap(item)) continue
    const group = item.get('group')
    const name = item.get('name')
    const displayName = item.get('displayName')
    if (typeof group !== 'string' || typeof name !== 'string') continue
    choices.push({ id: `${group}:${name}`, group, name, displayName: typeof displayName === 'string' && displayName !== '' ? displayName : name })
  }
  return choices
}

/**
 * values.yaml as Palette gives it to the pack once the chosen presets are selected: for each
 * preset, its `remove` paths are deleted, then its `add` fragment is merged in (maps merge key by
 * key, anything else replaces). Only for rendering: the pack's own values.yaml is never changed.
 * Presets that are not chosen, or do not parse, change nothing.
 */
export function applyPresetsToValues(valuesText: string, presetsText: string, chosenIds: readonly string[]): string {
  if (chosenIds.length === 0) return valuesText
  const presets = parseDocumentWithinDepth(presetsText, { uniqueKeys: false })
  const list = presets.errors.length === 0 ? presets.get('presets', true) : undefined
  if (!isSeq(list)) return valuesText
  const values = parseDocumentWithinDepth(valuesText, { uniqueKeys: false })
  if (values.errors.length > 0) return valuesText
  let changed = false
  for (const item of list.items) {
    if (!isMap(item)) continue
    const id = `${String(item.get('group'))}:${String(item.get('name'))}`
    if (!chosenIds.includes(id)) continue
    const remove = item.get('remove', true)
    if (isSeq(remove)) {
      for (const path of remove.items) {
        if (isScalar(path) && typeof path.value === 'string') changed = removePath(values, splitDottedPath(path.value)) || changed
      }
    }
    const add = item.get('add')
    const fragment = typeof add === 'string' ? parseAddFragment(add) : undefined
    if (fragment?.ok === true && isPlainObject(fragment.value)) {
      mergeInto(values, [], fragment.value)
      changed = true
    }
  }
  return changed ? values.toString() : valuesText
}

function removePath(document: Document, path: readonly string[]): boolean {
  if (path.length === 0 || !document.hasIn(path)) return false
  return document.deleteIn(path)
}

function mergeInto(document: Document, at: readonly string[], fragment: Readonly<Record<string, unknown>>): void {
  for (const [key, value] of Object.entries(fragment)) {
    const path = [...at, key]
    const existing = document.getIn(path, true)
    if (isPlainObject(value) && isMap(existing)) mergeInto(document, path, value)
    else document.setIn(path, document.createNode(value))
  }
}
