import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml'
import type { Node as YamlNode, YAMLMap } from 'yaml'
import type { LintContext } from '../lint/types'
import { PRESETS_YAML } from '../pack/pack'
import type { YamlDocumentView } from '../pack/yamlView'
import { decodeText } from '../text/encoding'
import { createLineIndex } from '../text/lineIndex'
import { locateTooDeep } from '../text/nestingDepth'
import { findYamlTooDeep } from '../text/yamlNestingDepth'

/** One item of `presets:` as written, with the nodes rules point at. */
export interface PresetItem {
  readonly index: number
  readonly node: YAMLMap
  /** The plain value of each field, when the field is present. */
  readonly fields: ReadonlyMap<string, unknown>
  /** The `add:` value node, for positions inside its YAML fragment. */
  readonly addNode: YamlNode | undefined
}

/** presets.yaml read as a list of items; undefined when the file is missing, broken or has no list. */
export interface PresetsFile {
  readonly view: YamlDocumentView
  readonly items: readonly PresetItem[]
  /** The 1-based line of a character offset in presets.yaml. */
  lineOf(offset: number): number
}

/** The parsed presets.yaml view, when the pack has the file and it parses. */
export function presetsView(context: LintContext): YamlDocumentView | undefined {
  const view = context.yaml(PRESETS_YAML)
  return view && view.errors.length === 0 ? view : undefined
}

// Several rules read the presets and their `add:` fragments: each presets.yaml (bytes object) is read
// once, and each fragment parsed once, whichever rule asks first.
const presetsByBytes = new WeakMap<Uint8Array, PresetsFile | undefined>()
const fragmentByItem = new WeakMap<PresetItem, ParsedFragment>()

/** Reads the `presets:` list items of presets.yaml (items that are not mappings are skipped). */
export function readPresets(context: LintContext): PresetsFile | undefined {
  const bytes = context.pack.files.get(PRESETS_YAML)
  if (!bytes) return undefined
  if (presetsByBytes.has(bytes)) return presetsByBytes.get(bytes)
  const presets = readPresetsOnce(context)
  presetsByBytes.set(bytes, presets)
  return presets
}

function readPresetsOnce(context: LintContext): PresetsFile | undefined {
  const view = presetsView(context)
  const list: unknown = view?.document.get('presets', true)
  const bytes = context.pack.files.get(PRESETS_YAML)
  if (!view || !bytes || !isSeq(list)) return undefined
  const items: PresetItem[] = []
  for (const [index, node] of list.items.entries()) {
    if (!isMap(node)) continue
    const fields = new Map<string, unknown>()
    let addNode: YamlNode | undefined
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue
      const key = String(pair.key.value)
      const value = pair.value as YamlNode | null
      // The whole document already converted under the alias cap, so no part of it can exceed it.
      fields.set(key, value === null ? null : (value.toJS(view.document, { maxAliasCount: -1 }) as unknown))
      if (key === 'add' && value !== null) addNode = value
    }
    items.push({ index, node, fields, addNode })
  }
  const lines = createLineIndex(context.text(PRESETS_YAML) ?? decodeText(bytes))
  return { view, items, lineOf: (offset) => lines.positionAt(offset).line }
}

/** A preset's `group:name` id as the enabled-presets comment writes it. */
export function presetId(item: PresetItem): string | undefined {
  const name = item.fields.get('name')
  const group = item.fields.get('group')
  return typeof name === 'string' && typeof group === 'string' ? `${group}:${name}` : undefined
}

/** The 1-based line in presets.yaml of line `fragmentLine` of an `add:` string. */
export function addFragmentLine(presets: PresetsFile, item: PresetItem, fragmentLine: number): number | undefined {
  const node = item.addNode
  const start = node?.range?.[0]
  if (!node || start === undefined) return undefined
  // A block scalar's text starts on the line after its `|` or `>` header.
  const isBlock = isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')
  return presets.lineOf(start) + (isBlock ? fragmentLine : fragmentLine - 1)
}

/** An `add:` fragment parsed as YAML: its plain value, or its first error with the fragment line. */
export type ParsedFragment =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string; readonly line: number; readonly column: number; readonly tooDeep?: true }

/** Parses the YAML fragment an `add:` string holds. */
export function parseAddFragment(text: string): ParsedFragment {
  const lineCounter = new LineCounter()
  // The fragment is YAML of its own, read by recursive code: the pack files' nesting cap applies.
  const tooDeep = findYamlTooDeep(text)
  if (tooDeep !== undefined) {
    return { ok: false, ...locateTooDeep(text, tooDeep), tooDeep: true }
  }
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, strict: true, prettyErrors: false })
  const [error] = document.errors
  if (error) {
    const position = lineCounter.linePos(error.pos[0])
    return { ok: false, message: error.message.split('\n')[0] ?? error.message, line: position.line, column: position.col }
  }
  try {
    return { ok: true, value: document.toJS({ maxAliasCount: 1000 }) as unknown }
  } catch {
    // yaml's alias-bomb guard: the fragment's aliases expand too much to be read.
    return { ok: false, message: 'its aliases (*name) expand to more than 1000 copies', line: 1, column: 1 }
  }
}

/** A preset's `add:` fragment parsed (once per item); undefined when `add` is not a string. */
export function presetFragment(item: PresetItem): ParsedFragment | undefined {
  const add = item.fields.get('add')
  if (typeof add !== 'string') return undefined
  let parsed = fragmentByItem.get(item)
  if (parsed === undefined) {
    parsed = parseAddFragment(add)
    fragmentByItem.set(item, parsed)
  }
  return parsed
}

/** How messages name a preset: its `name`, or its position when it has none. */
export function presetLabel(item: PresetItem): string {
  const name = item.fields.get('name')
  return typeof name === 'string' && name !== '' ? `"${name}"` : `number ${item.index + 1}`
}

/** The values every preset's `add:` fragment would merge in (fragments that do not parse are left out). */
export function presetAddedValues(context: LintContext): unknown[] {
  return (readPresets(context)?.items ?? []).flatMap((item) => {
    const parsed = presetFragment(item)
    return parsed?.ok ? [parsed.value] : []
  })
}
