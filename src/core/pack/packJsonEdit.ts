import { applyEdits, modify, parse } from 'jsonc-parser'
import type { FormattingOptions, JSONPath, ParseError } from 'jsonc-parser'
import { CHARTS_DIR, MANIFESTS_DIR, PACK_JSON, filesUnder, readTextFile, setTextFile } from './pack'
import type { Pack } from './pack'
import { isPlainObject } from '../data/isPlainObject'

/** The order the builder writes pack.json keys in; unknown keys follow. */
export const PACK_JSON_KEY_ORDER: readonly string[] = [
  'name',
  'displayName',
  'version',
  'layer',
  'addonType',
  'addonSubType',
  'cloudTypes',
  'group',
  'eol',
  'kubeManifests',
  'charts',
  'annotations',
  'constraints',
]


/** The indentation and line ending the text already uses, so edits blend in. */
function detectFormatting(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const indent = /^([ \t]+)"/m.exec(text)?.[1]
  if (indent?.startsWith('\t')) return { insertSpaces: false, tabSize: 1, eol }
  return { insertSpaces: true, tabSize: indent && indent.length <= 8 ? indent.length : 2, eol }
}

/** Where a new top-level key goes: after the last existing key that comes before it in PACK_JSON_KEY_ORDER. */
function topLevelInsertionIndex(key: string): (properties: string[]) => number {
  const rank = PACK_JSON_KEY_ORDER.indexOf(key)
  return (properties) => {
    if (rank < 0) return properties.length
    let index = 0
    properties.forEach((property, position) => {
      const propertyRank = PACK_JSON_KEY_ORDER.indexOf(property)
      if (propertyRank >= 0 && propertyRank < rank) index = position + 1
    })
    return index
  }
}

/** Parses strictly; undefined when the text is not strict JSON. */
function parseStrict(text: string): unknown {
  const errors: ParseError[] = []
  const value: unknown = parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false })
  return errors.length === 0 ? value : undefined
}

/**
 * Sets (or, with `undefined`, removes) the value at `path` in pack.json text, changing only that
 * value's text: key order, unknown keys, comments-free formatting and indentation stay as they were.
 */
export function setPackJsonValue(text: string, path: readonly (string | number)[], value: unknown): string {
  const key = path[0]
  const edits = modify(text, [...path] as JSONPath, value, {
    formattingOptions: detectFormatting(text),
    ...(path.length === 1 && typeof key === 'string' ? { getInsertionIndex: topLevelInsertionIndex(key) } : {}),
  })
  return applyEdits(text, edits)
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]))
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a).filter((key) => a[key] !== undefined)
    const otherKeys = Object.keys(b).filter((key) => b[key] !== undefined)
    return keys.length === otherKeys.length && keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]))
  }
  return false
}

/** The smallest set of [path, value] changes that turn `before` into `after`; `undefined` removes. */
function diff(before: unknown, after: unknown, path: readonly (string | number)[]): [readonly (string | number)[], unknown][] {
  if (deepEqual(before, after)) return []
  if (isPlainObject(before) && isPlainObject(after)) {
    const changes: [readonly (string | number)[], unknown][] = []
    for (const key of Object.keys(before)) {
      if (after[key] === undefined) changes.push([[...path, key], undefined])
    }
    for (const [key, value] of Object.entries(after)) {
      if (value === undefined) continue
      changes.push(...(Object.hasOwn(before, key) ? diff(before[key], value, [...path, key]) : [[[...path, key], value] as [readonly (string | number)[], unknown]]))
    }
    return changes
  }
  // Same-length lists are edited item by item so one changed dependency keeps the others' text.
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    return after.flatMap((item: unknown, index) => diff(before[index], item, [...path, index]))
  }
  return [[path, after]]
}

/**
 * Rewrites pack.json text to hold `next` (the form's whole object) with minimal edits: untouched keys
 * keep their exact text and order, new keys go in the builder's key order, removed keys disappear.
 * Text that is not strict JSON holding an object is replaced by pretty-printed `next`.
 */
export function applyPackJsonObject(text: string, next: Readonly<Record<string, unknown>>): string {
  const before = parseStrict(text)
  if (!isPlainObject(before)) return JSON.stringify(next, null, 2) + '\n'
  let result = text
  for (const [path, value] of diff(before, next, [])) result = setPackJsonValue(result, path, value)
  return result
}

function isManifestFile(path: string): boolean {
  return /\.ya?ml$/i.test(path)
}

function isChartArchive(path: string): boolean {
  // Only archives directly in charts/: a chart's unpacked folder may hold nested .tgz dependencies.
  return !path.slice(CHARTS_DIR.length).includes('/') && path.toLowerCase().endsWith('.tgz')
}

/** The new list: entries that still exist keep their order (manifests apply in that order), new files follow sorted. */
function reconcileList(current: unknown, files: readonly string[]): string[] {
  const kept = Array.isArray(current) ? current.filter((entry): entry is string => typeof entry === 'string' && files.includes(entry)) : []
  return [...new Set(kept), ...files.filter((file) => !kept.includes(file))]
}

/**
 * Points `kubeManifests` at the pack's `manifests/**.yaml|.yml` files and `charts` at its `charts/*.tgz`
 * files. A key that exists is kept (possibly as `[]`); a missing key is added only when there are files.
 * Returns the same pack when pack.json is missing, not strict JSON, or already right.
 */
export function syncPackJsonFileLists(pack: Pack): Pack {
  const text = readTextFile(pack, PACK_JSON)
  if (text === undefined) return pack
  const packJson = parseStrict(text)
  if (!isPlainObject(packJson)) return pack
  const lists = [
    ['kubeManifests', filesUnder(pack, MANIFESTS_DIR).filter(isManifestFile)],
    ['charts', filesUnder(pack, CHARTS_DIR).filter(isChartArchive)],
  ] as const
  let next = text
  for (const [key, files] of lists) {
    if (!Object.hasOwn(packJson, key) && files.length === 0) continue
    const list = reconcileList(packJson[key], files)
    if (!deepEqual(packJson[key], list)) next = setPackJsonValue(next, [key], list)
  }
  return next === text ? pack : setTextFile(pack, PACK_JSON, next)
}
