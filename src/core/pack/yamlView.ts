import { LineCounter, isMap, isPair, isScalar, isSeq, parseAllDocuments, parseDocument } from 'yaml'
import type { Document, Node as YamlNode } from 'yaml'
import { decodeText } from '../text/encoding'
import { parsePointer } from '../text/jsonPointer'
import type { Position } from '../text/lineIndex'

/** A problem the YAML parser reported, with where it starts. */
export interface YamlProblem {
  readonly message: string
  readonly position: Position
  readonly code: string
}

/** One YAML document with positions and comments, as the `yaml` library parsed it. */
export interface YamlDocumentView {
  readonly document: Document
  /** Plain JS value of the document; undefined when the document has errors. */
  readonly value: unknown
  readonly errors: readonly YamlProblem[]
  readonly warnings: readonly YamlProblem[]
  /** Position of the node (or, for a map member, its key) a JSON pointer names, or of its nearest ancestor. */
  locate(pointer: string): Position | undefined
}

/** A YAML file, possibly with several `---` separated documents. */
export interface YamlFileView {
  readonly text: string
  readonly documents: readonly YamlDocumentView[]
  /** Position of a character offset in the file. */
  positionAt(offset: number): Position
}

const singleCache = new WeakMap<Uint8Array, YamlDocumentView>()
const multiCache = new WeakMap<Uint8Array, YamlFileView>()

// Values files reach Helm through Go YAML libraries; 1.2 core schema is what they agree on best,
// and `merge` keeps `<<` keys working as they do there.
const PARSE_OPTIONS = { prettyErrors: false, merge: true, uniqueKeys: true, strict: true, logLevel: 'error' } as const

/** Parses a single-document YAML file (values.yaml, presets.yaml, schema.yaml). Memoized per bytes. */
export function parseYamlView(bytes: Uint8Array): YamlDocumentView {
  const cached = singleCache.get(bytes)
  if (cached) return cached
  const text = decodeText(bytes)
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { ...PARSE_OPTIONS, lineCounter })
  const view = toDocumentView(document, lineCounter)
  singleCache.set(bytes, view)
  return view
}

/** Parses a multi-document YAML file (manifests). Memoized per bytes. */
export function parseYamlFileView(bytes: Uint8Array): YamlFileView {
  const cached = multiCache.get(bytes)
  if (cached) return cached
  const text = decodeText(bytes)
  const lineCounter = new LineCounter()
  const parsed = parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter })
  const documents = Array.isArray(parsed) ? parsed.map((document) => toDocumentView(document, lineCounter)) : []
  const view: YamlFileView = { text, documents, positionAt: (offset) => toPosition(lineCounter, offset) }
  multiCache.set(bytes, view)
  return view
}

function toPosition(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset)
  return { line, column: col }
}

function toDocumentView(document: Document, lineCounter: LineCounter): YamlDocumentView {
  const problem = (error: { message: string; code: string; pos: [number, number] }): YamlProblem => ({
    message: error.message.split('\n')[0] ?? error.message,
    code: error.code,
    position: toPosition(lineCounter, error.pos[0]),
  })
  const errors = document.errors.map(problem)
  return {
    document,
    value: errors.length === 0 ? (document.toJS({ maxAliasCount: 1000 }) as unknown) : undefined,
    errors,
    warnings: document.warnings.map(problem),
    locate(pointer) {
      const offset = locateOffset(document, pointer)
      return offset === undefined ? undefined : toPosition(lineCounter, offset)
    },
  }
}

function locateOffset(document: Document, pointer: string): number | undefined {
  let node: unknown = document.contents
  let best: number | undefined = rangeStart(node)
  for (const segment of parsePointer(pointer)) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === segment)
      if (!pair) return best
      best = rangeStart(pair.key) ?? best
      node = pair.value
      continue
    }
    if (isSeq(node)) {
      const item: unknown = node.items[Number(segment)]
      if (item === undefined) return best
      node = item
      best = rangeStart(node) ?? best
      continue
    }
    return best
  }
  return best
}

function rangeStart(node: unknown): number | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as YamlNode).range
    return range ? range[0] : undefined
  }
  return undefined
}
