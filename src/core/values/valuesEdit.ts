import { isMap, isNode, isScalar, parse, stringify } from 'yaml'
import type { Document, Node as YamlNode, Pair, YAMLMap } from 'yaml'
import { parseDocumentWithinDepth } from '../text/parseYamlWithinDepth'

/** Thrown when an edit cannot be made safely (broken YAML, an existing key, a non-mapping parent). */
export class ValuesEditError extends Error {
  override readonly name = 'ValuesEditError'
}

/** Options of `setChartDefaultValues`. */
export interface SetChartValuesOptions {
  /** Replace `charts.<folder>` when it already exists (otherwise that is a `ValuesEditError`). */
  readonly overwrite?: boolean
}

// Edits splice the original text at node positions the yaml Document reports, so comments,
// quoting and blank lines outside the edited lines stay byte-for-byte as they were.

function load(text: string): Document {
  const document = parseDocumentWithinDepth(text, { uniqueKeys: false })
  const [error] = document.errors
  if (error) throw new ValuesEditError(`values.yaml is not valid YAML: ${error.message.split('\n')[0] ?? error.message}`)
  return document
}

function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined
}

/** The mapping at `path` (the root for []), or undefined when the path does not lead to one. */
function mapAt(document: Document, path: readonly string[]): YAMLMap | undefined {
  let node: unknown = document.contents
  for (const segment of path) {
    if (!isMap(node)) return undefined
    node = node.items.find((pair) => keyOf(pair) === segment)?.value
  }
  return isMap(node) ? node : undefined
}

function pairIn(map: YAMLMap | undefined, key: string): Pair | undefined {
  return map?.items.find((pair) => keyOf(pair) === key)
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}

function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset)
  return newline === -1 ? text.length : newline + 1
}

function nodeRange(node: unknown): readonly [number, number, number] | undefined {
  return (node as YamlNode | null | undefined)?.range ?? undefined
}

/** Offsets of a block pair's whole lines: from its key's line to the end of its value's last line. */
function pairLines(text: string, pair: Pair): { start: number; end: number } | undefined {
  const keyRange = nodeRange(pair.key)
  if (!keyRange) return undefined
  const valueRange = nodeRange(pair.value)
  const last = Math.max(keyRange[1], valueRange ? valueRange[1] - 1 : 0)
  return { start: lineStart(text, keyRange[0]), end: lineEnd(text, last) }
}

/** A key as YAML text: plain when it reads back unchanged, double-quoted otherwise. */
export function formatYamlKey(key: string): string {
  try {
    const parsed: unknown = parse(`${key}: 0`)
    if (parsed !== null && typeof parsed === 'object' && Object.keys(parsed).length === 1 && Object.hasOwn(parsed, key) && !/^\s|\s$|#/.test(key)) return key
  } catch {
    // Not a plain key; quote it below.
  }
  return JSON.stringify(key)
}

function indentLines(text: string, indent: string): string {
  return text
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : indent + line))
    .join('\n')
}

/** True when values.yaml has a value (possibly null) at `path`. Broken YAML has no keys. */
export function valuesHasKey(text: string, path: readonly string[]): boolean {
  if (path.length === 0) return false
  const document = parseDocumentWithinDepth(text, { uniqueKeys: false })
  if (document.errors.length > 0) return false
  return pairIn(mapAt(document, path.slice(0, -1)), path[path.length - 1] ?? '') !== undefined
}

/**
 * Renames the key `from` to `to` inside the mapping at `parentPath` (for example `['manifests']`,
 * after a manifest file was renamed). Returns the text unchanged when there is no such key.
 */
export function renameValuesKey(text: string, parentPath: readonly string[], from: string, to: string): string {
  if (from === to) return text
  const document = load(text)
  const map = mapAt(document, parentPath)
  const pair = pairIn(map, from)
  const keyRange = nodeRange(pair?.key)
  if (!pair || !keyRange || !isScalar(pair.key)) return text
  if (pairIn(map, to)) throw new ValuesEditError(`"${[...parentPath, to].join('.')}" already exists`)
  const key =
    pair.key.type === 'QUOTE_SINGLE' ? `'${to.replace(/'/g, "''")}'` : pair.key.type === 'QUOTE_DOUBLE' ? JSON.stringify(to) : formatYamlKey(to)
  return text.slice(0, keyRange[0]) + key + text.slice(keyRange[1])
}

/** Removes the value at `path` with its key. Returns the text unchanged when there is no such key. */
export function removeValuesKey(text: string, path: readonly string[]): string {
  if (path.length === 0) return text
  const document = load(text)
  const map = mapAt(document, path.slice(0, -1))
  const key = path[path.length - 1] ?? ''
  const pair = pairIn(map, key)
  if (!map || !pair) return text
  if (map.flow) {
    // A flow mapping ({a: 1, b: 2}) is rewritten as a whole; it holds no comments to keep.
    const range = nodeRange(map)
    if (!range) return text
    map.delete(pair.key)
    return text.slice(0, range[0]) + stringify(map, { flow: true }).trimEnd() + text.slice(range[1])
  }
  const lines = pairLines(text, pair)
  if (!lines) return text
  const removed = text.slice(0, lines.start) + text.slice(lines.end)
  // Removing the last key under `charts:` would leave `charts:` alone, which YAML reads as null.
  const colon = map.items.length === 1 ? colonAfterParentKey(text, document, path) : undefined
  return colon === undefined || colon >= lines.start ? removed : `${removed.slice(0, colon + 1)} {}${removed.slice(colon + 1)}`
}

function colonAfterParentKey(text: string, document: Document, path: readonly string[]): number | undefined {
  if (path.length < 2) return undefined
  const parentPair = pairIn(mapAt(document, path.slice(0, -2)), path[path.length - 2] ?? '')
  const keyEnd = parentPair && isScalar(parentPair.key) ? parentPair.key.range?.[1] : undefined
  if (keyEnd === undefined) return undefined
  const colon = text.indexOf(':', keyEnd)
  return colon === -1 ? undefined : colon
}

/** The chart's values as text to nest under `charts.<folder>:`, or undefined for an empty file. */
function chartValuesBody(chartValuesYaml: string): string | undefined {
  const chart = parseDocumentWithinDepth(chartValuesYaml)
  if (chart.errors.length > 0) throw new ValuesEditError(`the chart's values.yaml is not valid YAML: ${chart.errors[0]?.message.split('\n')[0] ?? ''}`)
  if (chart.contents === null || (isScalar(chart.contents) && chart.contents.value === null)) return undefined
  if (!isMap(chart.contents)) throw new ValuesEditError("the chart's values.yaml is not a mapping")
  const body = chartValuesYaml.replace(/^\uFEFF/, '').replace(/^---[^\n]*\n/, '').replace(/\n\.\.\.\s*$/, '\n')
  return body.replace(/\r\n/g, '\n').replace(/\s+$/, '')
}

function chartEntry(chartFolder: string, body: string | undefined, indent: string): string {
  const key = `${indent}${formatYamlKey(chartFolder)}:`
  return body === undefined ? `${key} {}\n` : `${key}\n${indentLines(body, `${indent}  `)}\n`
}

/**
 * Puts a chart's default values (its own values.yaml, comments included) under `charts.<folder>`,
 * creating `charts:` when needed and keeping everything else as written. An existing
 * `charts.<folder>` is only replaced with `overwrite`.
 */
export function setChartDefaultValues(text: string, chartFolder: string, chartValuesYaml: string, options: SetChartValuesOptions = {}): string {
  const document = load(text)
  const body = chartValuesBody(chartValuesYaml)
  const root = document.contents
  const isEmpty = root === null || (isScalar(root) && root.value === null)
  if (!isEmpty && !isMap(root)) throw new ValuesEditError('values.yaml is not a mapping')
  const chartsPair = isMap(root) ? pairIn(root, 'charts') : undefined
  const charts = chartsPair?.value
  if (!chartsPair || !isMap(charts) || charts.flow) {
    if (isMap(charts) && charts.items.some((pair) => keyOf(pair) === chartFolder) && !options.overwrite) {
      throw new ValuesEditError(`charts.${chartFolder} already exists`)
    }
    const kept = isMap(charts) ? charts.items.filter((pair) => keyOf(pair) !== chartFolder) : []
    const keptText = kept.map((pair) => {
      const value: unknown = isNode(pair.value) ? pair.value.toJSON() : null
      return `  ${stringify({ [keyOf(pair) ?? '']: value }, { lineWidth: 0 }).trimEnd().replace(/\n/g, '\n  ')}\n`
    }).join('')
    const section = `charts:\n${keptText}${chartEntry(chartFolder, body, '  ')}`
    const lines = chartsPair ? pairLines(text, chartsPair) : undefined
    if (lines) return text.slice(0, lines.start) + section + text.slice(lines.end)
    const prefix = text === '' || text.endsWith('\n') ? text : `${text}\n`
    return `${prefix}${section}`
  }
  const existing = pairIn(charts, chartFolder)
  const firstKey = nodeRange(charts.items[0]?.key)
  const indent = firstKey ? ' '.repeat(firstKey[0] - lineStart(text, firstKey[0])) : '  '
  const entry = chartEntry(chartFolder, body, indent)
  if (existing) {
    if (!options.overwrite) throw new ValuesEditError(`charts.${chartFolder} already exists`)
    const lines = pairLines(text, existing)
    return lines ? text.slice(0, lines.start) + entry + text.slice(lines.end) : text
  }
  const lastPair = charts.items[charts.items.length - 1]
  const lastLines = lastPair ? pairLines(text, lastPair) : undefined
  const at = lastLines?.end ?? text.length
  const before = text.slice(0, at)
  return (before === '' || before.endsWith('\n') ? before : `${before}\n`) + entry + text.slice(at)
}
