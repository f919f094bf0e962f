import { parseDocument } from 'yaml'
import type { Tags } from 'yaml'
import { locateTooDeep } from '../text/nestingDepth'
import { findYamlTooDeep } from '../text/yamlNestingDepth'

/** A value decoded from YAML the way Helm decodes values: plain JSON data. */
export type HelmValue = null | boolean | number | string | HelmValue[] | HelmMap
export interface HelmMap {
  [key: string]: HelmValue
}

/** What reading a values file gives: the values, or the first syntax problem with its place. */
export type HelmYamlResult =
  | { readonly ok: true; readonly value: HelmValue }
  | { readonly ok: false; readonly message: string; readonly line: number; readonly column: number }

// Helm decodes YAML with go-yaml v2 (YAML 1.1: `yes`/`on` are booleans, 0755 is octal), then goes
// through JSON, so timestamps stay strings and map keys become strings; a repeated key is not an
// error there (the last one wins).
const withoutTimestamps = (tags: Tags): Tags => tags.filter((tag) => tag !== 'timestamp' && (typeof tag !== 'object' || tag.tag !== 'tag:yaml.org,2002:timestamp'))

/** Parses one YAML document as Helm reads values.yaml and Chart.yaml. */
export function parseHelmYaml(text: string): HelmYamlResult {
  // The composer and toJS recurse per level: a file nested thousands deep would overflow the stack.
  const tooDeep = findYamlTooDeep(text)
  if (tooDeep !== undefined) return { ok: false, ...locateTooDeep(text, tooDeep) }
  const document = parseDocument(text, { version: '1.1', customTags: withoutTimestamps, merge: true, uniqueKeys: false })
  const error = document.errors[0]
  if (error !== undefined) {
    const [line, column] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1]
    return { ok: false, message: error.message.split('\n')[0] ?? error.message, line, column }
  }
  return { ok: true, value: toHelmValue(document.toJS({ maxAliasCount: 10_000 })) }
}

/** Normalises what the YAML library gives into JSON data (keys as strings, no undefined). */
export function toHelmValue(value: unknown): HelmValue {
  if (value === null || value === undefined) return null
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value
  if (typeof value === 'bigint') return Number(value)
  if (Array.isArray(value)) return value.map(toHelmValue)
  if (value instanceof Map) {
    const map: HelmMap = {}
    for (const [key, item] of value) map[String(key)] = toHelmValue(item)
    return map
  }
  if (typeof value === 'object') {
    const map: HelmMap = {}
    for (const [key, item] of Object.entries(value)) map[key] = toHelmValue(item)
    return map
  }
  // Functions and symbols do not come out of YAML; JSON has no form for them either.
  return null
}

export function isHelmMap(value: HelmValue | undefined): value is HelmMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A deep copy, so coalescing never changes a chart's own defaults. */
export function copyHelmValue<T extends HelmValue>(value: T): T {
  return structuredClone(value)
}
