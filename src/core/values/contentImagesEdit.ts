import { Document, isMap, isScalar, isSeq, parseDocument } from 'yaml'
import type { Pair } from 'yaml'
import { ValuesEditError } from './valuesEdit'
import { parseDocumentWithinDepth } from '../text/parseYamlWithinDepth'

// Only the `pack:` section is rewritten (through the yaml Document API, which keeps its comments);
// every byte outside it, the charts' values included, stays as written.

function packPair(document: Document): Pair | undefined {
  const root = document.contents
  if (!isMap(root)) return undefined
  return root.items.find((pair) => isScalar(pair.key) && pair.key.value === 'pack')
}

function packLines(text: string, pair: Pair): { start: number; end: number } | undefined {
  const keyRange = isScalar(pair.key) ? pair.key.range : undefined
  const valueRange = (pair.value as { range?: [number, number, number] } | null)?.range
  if (!keyRange) return undefined
  const start = text.lastIndexOf('\n', keyRange[0] - 1) + 1
  const last = Math.max(keyRange[1], valueRange ? valueRange[1] - 1 : 0)
  const newline = text.indexOf('\n', last)
  return { start, end: newline === -1 ? text.length : newline + 1 }
}

function editPackSection(text: string, edit: (section: Document) => void): string {
  const document = parseDocumentWithinDepth(text)
  if (document.errors.length > 0) throw new ValuesEditError(`values.yaml is not valid YAML: ${document.errors[0]?.message.split('\n')[0] ?? ''}`)
  const pair = packPair(document)
  const lines = pair ? packLines(text, pair) : undefined
  if (pair && (lines === undefined || (pair.key as { range?: [number, number, number] }).range?.[0] !== lines.start)) throw new ValuesEditError('the pack section of values.yaml is not a block at the start of a line')
  const section: Document = lines ? parseDocument(text.slice(lines.start, lines.end)) : new Document({ pack: {} })
  edit(section)
  const written = section.toString({ lineWidth: 0, flowCollectionPadding: false })
  if (!lines) return `${written}${text === '' || text.startsWith('\n') ? '' : '\n'}${text}`
  return text.slice(0, lines.start) + written + text.slice(lines.end)
}

function imagesOf(section: Document): ReturnType<Document['getIn']> {
  return section.getIn(['pack', 'content', 'images'], true)
}

/** Adds `- image: <reference>` to `pack.content.images`, creating the list when needed. */
export function addContentImage(text: string, image: string): string {
  return editPackSection(text, (section) => {
    const images = imagesOf(section)
    if (isSeq(images)) {
      images.flow = false
      images.add(section.createNode({ image }))
    } else {
      section.setIn(['pack', 'content', 'images'], section.createNode([{ image }]))
    }
  })
}

/** Removes every `pack.content.images` entry whose image is `image` (as written). */
export function removeContentImage(text: string, image: string): string {
  return editPackSection(text, (section) => {
    const images = imagesOf(section)
    if (!isSeq(images)) return
    images.items = images.items.filter((item) => !(isMap(item) && item.get('image') === image))
  })
}
