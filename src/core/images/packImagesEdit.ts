import { isMap, isScalar, isSeq, parseDocument } from 'yaml'
import type { Document, Node as YamlNode } from 'yaml'
import { VALUES_YAML, readTextFile, setTextFile } from '../pack/pack'
import type { Pack } from '../pack/pack'
import { ValuesEditError } from '../values/valuesEdit'
import { normaliseImageReference } from './imageReference'

// Edits splice values.yaml's text at the positions the yaml library reports, so comments and the
// rest of the file stay byte for byte; only the shapes a splice cannot handle are re-printed.

function load(text: string): Document {
  const document = parseDocument(text, { uniqueKeys: false })
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
  // No list yet, a flow list or an empty one: set it through the document (comments are kept).
  const current = document.toJS() as unknown
  const list = (isSeq(images) ? (images.toJSON()) : []).concat([{ image: reference }])
  if (current === null || current === undefined) return setTextFile(pack, VALUES_YAML, document.toString().replace(/^null\n?$/, '') + `pack:\n  content:\n    images:\n      - ${entry}\n`)
  document.setIn(['pack', 'content', 'images'], document.createNode(list))
  const images2 = document.getIn(['pack', 'content', 'images'], true)
  if (isSeq(images2)) images2.flow = false
  return setTextFile(pack, VALUES_YAML, document.toString())
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
