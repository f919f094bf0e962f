// Temporary adapter: the agreed core functions that are not merged into main yet. Once they are,
// delete this file and import the same names from '../../core'.
import { applyEdits, modify, parse } from 'jsonc-parser'
import { isMap, isScalar, parseDocument } from 'yaml'
import { PACK_JSON, readTextFile, setTextFile } from '../../core'
import type { Pack } from '../../core'

/** Sets pack.json kubeManifests and charts from the pack's files (stand-in). */
export function syncPackJsonFileLists(pack: Pack): Pack {
  const text = readTextFile(pack, PACK_JSON)
  if (text === undefined || typeof parse(text) !== 'object') return pack
  const paths = [...pack.files.keys()].sort()
  const manifests = paths.filter((path) => path.startsWith('manifests/') && /\.ya?ml$/.test(path))
  const charts = paths.filter((path) => path.startsWith('charts/') && path.endsWith('.tgz'))
  let next = text
  for (const [key, list] of [['kubeManifests', manifests], ['charts', charts]] as const) {
    next = applyEdits(next, modify(next, [key], list.length > 0 ? list : undefined, { formattingOptions: { insertSpaces: true, tabSize: 2 } }))
  }
  return setTextFile(pack, PACK_JSON, next)
}

/** A starter Deployment manifest (stand-in). */
export function starterManifest(name: string): string {
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: ${name}\n  template:\n    metadata:\n      labels:\n        app: ${name}\n    spec:\n      containers:\n        - name: ${name}\n          image: nginx:1.27\n`
}

/** Renames the key `from` under `parentPath` to `to`, keeping comments (stand-in). */
export function renameValuesKey(text: string, parentPath: readonly string[], from: string, to: string): string {
  const document = parseDocument(text)
  const parent = parentPath.length === 0 ? document.contents : document.getIn(parentPath, true)
  if (!isMap(parent)) return text
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === from)
  const range = pair !== undefined && isScalar(pair.key) ? pair.key.range : undefined
  if (!range) return text
  // A text edit of the key alone: re-serialising the document would move trailing comments.
  return `${text.slice(0, range[0])}${to}${text.slice(range[1])}`
}

/** Whether values.yaml has a key at `path` (stand-in). */
export function valuesHasKey(text: string, path: readonly string[]): boolean {
  return parseDocument(text).hasIn(path)
}

/** Removes the key at `path` from values.yaml, keeping comments (stand-in). */
export function removeValuesKey(text: string, path: readonly string[]): string {
  const document = parseDocument(text)
  if (!document.hasIn(path)) return text
  document.deleteIn(path)
  return document.toString()
}

/** Puts a chart's default values under `charts.<folder>` (stand-in). */
export function setChartDefaultValues(text: string, chartFolder: string, chartValuesYaml: string, options: { overwrite?: boolean } = {}): string {
  const document = parseDocument(text)
  const path = ['charts', chartFolder]
  if (document.hasIn(path) && options.overwrite !== true) return text
  if (!document.has('charts')) {
    // Appending keeps every existing line (and comment) exactly as typed.
    const body = chartValuesYaml.trim() === '' ? ' {}\n' : `\n${chartValuesYaml.replace(/\n$/, '').split('\n').map((line) => (line === '' ? '' : `    ${line}`)).join('\n')}\n`
    return `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}charts:\n  ${chartFolder}:${body}`
  }
  const chartValues = parseDocument(chartValuesYaml).contents
  document.setIn(path, chartValues ?? document.createNode({}))
  return document.toString()
}
