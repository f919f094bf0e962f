import { isMap, isScalar, isSeq } from 'yaml'
import type { Document, Node as YamlNode, YAMLMap } from 'yaml'
import { VALUES_YAML, readTextFile, setTextFile } from '../pack/pack'
import type { Pack } from '../pack/pack'
import { ValuesEditError } from '../values/valuesEdit'
import { normaliseImageReference } from './imageReference'
import { parseDocumentWithinDepth } from '../text/parseYamlWithinDepth'

// Edits splice values.yaml's text at the positions the yaml library reports, so comments and the
// rest of the file stay byte for byte; only the shapes a splice cannot handle are re-printed.

function load(text: string): Document {
  const document = parseDocumentWithinDepth(text, { uniqueKeys: false })
  const [error] = document.errors
  if (error) throw new ValuesEditError(`values.yaml is not valid YAML: ${error.message.split('\n')[0] ?? error.message}`)
  return document
}

function imageScalar(reference: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9._/:@-]*$/.test(reference) ? reference : JSON.stringify(reference)
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}

/**
 * Adds `- image: <reference>` to `pack.content.images` in values.yaml, creating the list (and
 * `pack.content`) when missing. A reference already listed (in any spelling of it) is not added twice.
 */
export function addImageToPackValues(pack: Pack, reference: string): Pack {
  const text = readTextFile(pack, VALUES_YAML) ?? ''
  const canonical = normaliseImageReference(reference)
  if (canonical === undefined) throw new ValuesEditError(`"${reference}" is not an image reference`)
  const document = load(text)
  const images = document.getIn(['pack', 'content', 'images'], true) as YamlNode | undefined
  const entry = `image: ${imageScalar(reference)}`
  if (isSeq(images)) {
    const already = images.items.some((item) => {
      const image = isMap(item) ? item.get('image') : undefined
      return typeof image === 'string' && normaliseImageReference(image) === canonical
    })
    if (already) return pack
    const last = images.items[images.items.length - 1] as YamlNode | undefined
    if (!images.flow && last?.range) {
      const dash = text.lastIndexOf('-', last.range[0])
      const indent = ' '.repeat(dash - lineStart(text, dash))
      const end = text.indexOf('\n', last.range[1] - 1)
      const at = end === -1 ? text.length : end + 1
      const prefix = text.slice(0, at)
      return setTextFile(pack, VALUES_YAML, `${prefix}${prefix.endsWith('\n') || prefix === '' ? '' : '\n'}${indent}- ${entry}\n${text.slice(at)}`)
    }
  }
  const spliced = spliceNewImageList(text, document, entry)
  if (spliced !== undefined) return setTextFile(pack, VALUES_YAML, spliced)
  // Shapes a splice cannot handle (flow mappings, a non-empty flow list): re-print through the document (comments are kept).
  const current = document.toJS() as unknown
  const list = (isSeq(images) ? (images.toJSON()) : []).concat([{ image: reference }])
  if (current === null || current === undefined) return setTextFile(pack, VALUES_YAML, document.toString().replace(/^null\n?$/, '') + `pack:\n  content:\n    images:\n      - ${entry}\n`)
  document.setIn(['pack', 'content', 'images'], document.createNode(list))
  const images2 = document.getIn(['pack', 'content', 'images'], true)
  if (isSeq(images2)) images2.flow = false
  return setTextFile(pack, VALUES_YAML, document.toString())
}

/** The block map at `path`, when it is one with at least one key. */
function blockMapAt(document: Document, path: readonly string[]): YAMLMap | undefined {
  const node: unknown = path.length === 0 ? document.contents : document.getIn(path, true)
  return isMap(node) && !node.flow && node.items.length > 0 ? node : undefined
}

/** Where a new last key of a block map goes (the start of the line after its last value) and the map's indentation. */
function afterLastKey(text: string, map: YAMLMap): { at: number; indent: string } | undefined {
  const first = map.items[0]?.key as YamlNode | undefined
  const last = map.items[map.items.length - 1]
  const lastEnd = (last?.value as YamlNode | null | undefined)?.range?.[1] ?? (last?.key as YamlNode | undefined)?.range?.[1]
  if (!first?.range || lastEnd === undefined) return undefined
  const newline = text.indexOf('\n', Math.max(lastEnd - 1, first.range[0]))
  return { at: newline === -1 ? text.length : newline + 1, indent: text.slice(lineStart(text, first.range[0]), first.range[0]) }
}

function insertAt(text: string, at: number, lines: string): string {
  const before = text.slice(0, at)
  return `${before}${before === '' || before.endsWith('\n') ? '' : '\n'}${lines}${text.slice(at)}`
}

/**
 * Writes a new `pack.content.images` list with one entry as text, so nothing else in the file is
 * re-printed (a chart's default values under `charts.<folder>` stay as written): replaces an empty
 * `images: []`/`images:`, or adds the missing keys after the last key of `pack.content`, of `pack`,
 * or at the end of the file. Undefined for shapes it does not handle.
 */
function spliceNewImageList(text: string, document: Document, entry: string): string | undefined {
  const content = blockMapAt(document, ['pack', 'content'])
  const images = content ? (document.getIn(['pack', 'content', 'images'], true) as YamlNode | null | undefined) : undefined
  if (content && images !== undefined) {
    const empty = images === null || (isSeq(images) && images.items.length === 0) || (isScalar(images) && images.value === null)
    const pair = content.items.find((item) => isScalar(item.key) && item.key.value === 'images')
    const keyRange = (pair?.key as YamlNode | undefined)?.range
    if (!empty || !keyRange) return undefined
    const indent = text.slice(lineStart(text, keyRange[0]), keyRange[0])
    const colon = text.indexOf(':', keyRange[1])
    // Replace the empty value (`[]` or nothing) after the colon; a trailing comment moves to the new entry's line.
    const valueEnd = isSeq(images) && images.range ? images.range[1] : colon + 1
    const rest = /^[ \t]*(#[^\n]*)?/.exec(text.slice(valueEnd))
    const comment = rest?.[1] === undefined ? '' : ` ${rest[1]}`
    const after = text.slice(valueEnd + (rest?.[0].length ?? 0))
    return `${text.slice(0, colon + 1)}\n${indent}  - ${entry}${comment}${after.startsWith('\n') ? after : `\n${after}`}`
  }
  if (content) {
    const place = afterLastKey(text, content)
    return place && insertAt(text, place.at, `${place.indent}images:\n${place.indent}  - ${entry}\n`)
  }
  if (document.getIn(['pack', 'content']) !== undefined) return undefined
  const packMap = blockMapAt(document, ['pack'])
  if (packMap) {
    const place = afterLastKey(text, packMap)
    return place && insertAt(text, place.at, `${place.indent}content:\n${place.indent}  images:\n${place.indent}    - ${entry}\n`)
  }
  if (document.get('pack') !== undefined) return undefined
  const firstKey = blockMapAt(document, [])?.items[0]?.key as YamlNode | undefined
  if (!firstKey?.range) return undefined
  // Before the first key, where `pack:` usually is.
  return insertAt(text, lineStart(text, firstKey.range[0]), `pack:\n  content:\n    images:\n      - ${entry}\n`)
}

/**
 * Replaces the `pack.content.images` entry naming `oldReference` (in any spelling of it) with
 * `newReference`, keeping its quoting and everything else in the file.
 */
export function replaceImageInPackValues(pack: Pack, oldReference: string, newReference: string): Pack {
  const text = readTextFile(pack, VALUES_YAML) ?? ''
  const canonicalOld = normaliseImageReference(oldReference) ?? oldReference
  if (normaliseImageReference(newReference) === undefined) throw new ValuesEditError(`"${newReference}" is not an image reference`)
  const images = load(text).getIn(['pack', 'content', 'images'], true)
  if (!isSeq(images)) throw new ValuesEditError('values.yaml has no `pack.content.images` list')
  let edited = text
  // From the end, so earlier offsets stay valid.
  for (const item of [...images.items].reverse()) {
    const node = isMap(item) ? (item.get('image', true)) : undefined
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range) continue
    if ((normaliseImageReference(node.value) ?? node.value) !== canonicalOld) continue
    const replacement =
      node.type === 'QUOTE_DOUBLE' ? JSON.stringify(newReference) : node.type === 'QUOTE_SINGLE' ? `'${newReference.replace(/'/g, "''")}'` : imageScalar(newReference)
    edited = edited.slice(0, node.range[0]) + replacement + edited.slice(node.range[1])
  }
  if (edited === text) throw new ValuesEditError(`\`pack.content.images\` does not list ${oldReference}`)
  return setTextFile(pack, VALUES_YAML, edited)
}
