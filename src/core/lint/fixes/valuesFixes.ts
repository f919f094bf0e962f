// Fix functions of the values.yaml rules. Each edits the text at node positions, so comments,
// quoting and blank lines elsewhere stay as written, and does nothing when the problem is gone.
import { isMap, isScalar } from 'yaml'
import type { Document, Pair, YAMLMap } from 'yaml'
import { VALUES_YAML, readTextFile, setTextFile } from '../../pack/pack'
import type { Pack } from '../../pack/pack'
import { addImageToPackValues } from '../../images/packImagesEdit'
import { ValuesEditError, renameValuesKey } from '../../values/valuesEdit'
import type { FixFunction } from '../types'
import { lineListArg, stringArg } from './fixArguments'
import { parseDocumentWithinDepth } from '../../text/parseYamlWithinDepth'

const INSTALL_PRIORITY_KEY = 'spectrocloud.com/install-priority'

function editValues(pack: Pack, edit: (text: string) => string | undefined): Pack {
  const text = readTextFile(pack, VALUES_YAML)
  if (text === undefined) return pack
  const next = edit(text)
  return next === undefined || next === text ? pack : setTextFile(pack, VALUES_YAML, next)
}

/** values.yaml parsed; undefined when it has errors (a fix never edits YAML it cannot read). */
function parseValues(text: string): Document | undefined {
  const document = parseDocumentWithinDepth(text, { uniqueKeys: false })
  return document.errors.length === 0 ? document : undefined
}

function pairNamed(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key)
}

/** `spectrocloud.com/install-priority: 30` -> `"30"`: the same number, as the string Palette expects. */
export const quoteInstallPriority: FixFunction = (pack) =>
  editValues(pack, (text) => {
    const node: unknown = parseValues(text)?.getIn(['pack', INSTALL_PRIORITY_KEY], true)
    if (!isScalar(node) || typeof node.value !== 'number' || !Number.isInteger(node.value) || !node.range) return undefined
    const [start, end] = node.range
    return `${text.slice(0, start)}"${text.slice(start, end)}"${text.slice(end)}`
  })

/** Renames `charts.<from>` to `charts.<to>` (the chart folder it was meant for), keeping its values. */
export const renameChartKey: FixFunction = (pack, args) =>
  editValues(pack, (text) => {
    const from = stringArg(args, 'from')
    const to = stringArg(args, 'to')
    if (from === undefined || to === undefined || !parseValues(text)) return undefined
    try {
      return renameValuesKey(text, ['charts'], from, to)
    } catch (error) {
      // `charts.<to>` appeared since the finding: renaming would make a duplicate key.
      if (error instanceof ValuesEditError) return undefined
      throw error
    }
  })

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}

/** Where the first key of a block mapping starts its line, and its indentation. */
function firstKeyLine(text: string, map: YAMLMap): { offset: number; indent: string } | undefined {
  const keyStart = map.items[0]?.key
  const range = isScalar(keyStart) ? keyStart.range : undefined
  if (!range) return undefined
  const offset = lineStartOf(text, range[0])
  return { offset, indent: text.slice(offset, range[0]) }
}

/**
 * Sets `pack.namespace`: fills an empty `namespace:`, or adds the key as the first line under `pack:`,
 * or adds a `pack:` section before the first key of the file.
 */
export const addPackNamespace: FixFunction = (pack, args) =>
  editValues(pack, (text) => {
    const namespace = stringArg(args, 'namespace')
    const document = parseValues(text)
    if (namespace === undefined || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(namespace) || !document) return undefined
    const quoted = JSON.stringify(namespace)
    const root = document.contents
    if (root !== null && !isMap(root) && !(isScalar(root) && root.value === null)) return undefined
    const packPair = isMap(root) ? pairNamed(root, 'pack') : undefined
    if (!packPair) {
      const first = isMap(root) && !root.flow ? firstKeyLine(text, root) : undefined
      if (isMap(root) && !first) return undefined
      const at = first?.offset ?? text.length
      const before = text.slice(0, at)
      return `${before === '' || before.endsWith('\n') ? before : `${before}\n`}pack:\n  namespace: ${quoted}\n${text.slice(at)}`
    }
    const section = packPair.value
    if (section === null || (isScalar(section) && section.value === null && !(section.range && section.range[1] > section.range[0]))) {
      // `pack:` with nothing under it.
      const keyEnd = isScalar(packPair.key) ? packPair.key.range?.[1] : undefined
      if (keyEnd === undefined) return undefined
      const newline = text.indexOf('\n', keyEnd)
      const at = newline === -1 ? text.length : newline + 1
      return `${text.slice(0, at)}${newline === -1 ? '\n' : ''}  namespace: ${quoted}\n${text.slice(at)}`
    }
    if (!isMap(section) || section.flow) return undefined
    const existing = pairNamed(section, 'namespace')
    if (existing) {
      const value = existing.value
      const range = isScalar(value) ? value.range : undefined
      if (!isScalar(value) || (value.value !== null && value.value !== '')) return undefined
      if (range && range[1] > range[0]) return text.slice(0, range[0]) + quoted + text.slice(range[1])
      const keyEnd = isScalar(existing.key) ? existing.key.range?.[1] : undefined
      const colon = keyEnd === undefined ? -1 : text.indexOf(':', keyEnd)
      return colon === -1 ? undefined : `${text.slice(0, colon + 1)} ${quoted}${text.slice(colon + 1)}`
    }
    const first = firstKeyLine(text, section)
    if (!first) return undefined
    return `${text.slice(0, first.offset)}${first.indent}namespace: ${quoted}\n${text.slice(first.offset)}`
  })

/** Replaces the tabs in the indentation of the given lines by two spaces each; nothing else changes. */
export const replaceIndentTabs: FixFunction = (pack, args) =>
  editValues(pack, (text) => {
    const lines = new Set(lineListArg(args, 'lines'))
    // Split keeping each line's own ending, so \r\n files keep them.
    const parts = text.split(/(?<=\n)/)
    const next = parts.map((line, index) => {
      if (!lines.has(index + 1)) return line
      const indent = /^[ \t]*/.exec(line)?.[0] ?? ''
      return indent.replace(/\t/g, '  ') + line.slice(indent.length)
    })
    return next.join('')
  })

/** Adds `- image: <image>` to `pack.content.images` (creating the list); nothing when it is listed already. */
export const addChartImage: FixFunction = (pack, args) => {
  const image = stringArg(args, 'image')
  if (image === undefined) return pack
  try {
    return addImageToPackValues(pack, image)
  } catch (error) {
    // values.yaml broke since the finding, or the argument is no image reference: nothing to do.
    if (error instanceof ValuesEditError) return pack
    throw error
  }
}
