import { Document as YamlDocument, LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml'
import type { Document, Node as YamlNode } from 'yaml'
import { decodeText } from '../text/encoding'
import { DUPLICATE_KEY_MESSAGE, duplicateKeyOffsets } from './duplicateKeys'
import { parsePointer } from '../text/jsonPointer'
import type { Position } from '../text/lineIndex'
import { tooDeepMessage } from '../text/nestingDepth'
import { findYamlTooDeep, parseAllDocumentsWithinDepth } from '../text/yamlNestingDepth'

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
// Duplicate keys are checked by duplicateKeyOffsets: yaml's own check is quadratic in a map's size.
const PARSE_OPTIONS = { prettyErrors: false, merge: true, uniqueKeys: false, strict: true, logLevel: 'error' } as const

/** Codes of the problems that stop a file from being read at all, beside the parser's own codes. */
export const TOO_DEEP = 'TOO_DEEP'
export const TOO_MANY_ALIASES = 'TOO_MANY_ALIASES'

// Go's YAML reader (Helm) refuses documents whose aliases expand too much; this is well above real use.
export const MAX_ALIAS_COUNT = 1000

/** Parses a single-document YAML file (values.yaml, presets.yaml, schema.yaml). Memoized per bytes. */
export function parseYamlView(bytes: Uint8Array): YamlDocumentView {
  const cached = singleCache.get(bytes)
  if (cached) return cached
  const text = decodeText(bytes)
  const lineCounter = new LineCounter()
  const tooDeep = findYamlTooDeep(text)
  const view = tooDeep === undefined
    ? toDocumentView(parseDocument(text, { ...PARSE_OPTIONS, lineCounter }), lineCounter)
    : tooDeepView(text, tooDeep.offset, tooDeep.maxDepth)
  singleCache.set(bytes, view)
  return view
}

/** Parses a multi-document YAML file (manifests). Memoized per bytes. */
export function parseYamlFileView(bytes: Uint8Array): YamlFileView {
  const cached = multiCache.get(bytes)
  if (cached) return cached
  const text = decodeText(bytes)
  const lineCounter = new LineCounter()
  const parsed = parseAllDocumentsWithinDepth(text, { ...PARSE_OPTIONS, lineCounter })
  if (parsed.tooDeep !== undefined) {
    const single = tooDeepView(text, parsed.tooDeep.offset, parsed.tooDeep.maxDepth)
    const view: YamlFileView = { text, documents: [single], positionAt: (offset) => positionIn(text, offset) }
    multiCache.set(bytes, view)
    return view
  }
  const documents = parsed.documents.map((document) => toDocumentView(document, lineCounter))
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
  for (const offset of duplicateKeyOffsets(document, true)) errors.push({ message: DUPLICATE_KEY_MESSAGE, code: 'DUPLICATE_KEY', position: toPosition(lineCounter, offset) })
  errors.sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column)
  const value = errors.length === 0 ? plainValue(document) : { ok: false as const, problem: undefined }
  if (!value.ok && value.problem !== undefined) {
    const { message, code, offset } = value.problem
    errors.push({ message, code, position: toPosition(lineCounter, offset) })
  }
  return {
    document,
    value: value.ok ? value.value : undefined,
    errors,
    warnings: document.warnings.map(problem),
    locate(pointer) {
      const offset = locateOffset(document, pointer)
      return offset === undefined ? undefined : toPosition(lineCounter, offset)
    },
  }
}

type PlainValue = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: { message: string; code: string; offset: number } | undefined }

/** The document as plain JS, or why it cannot be: an alias bomb ("billion laughs") is a problem, not a throw. */
function plainValue(document: Document): PlainValue {
  try {
    return { ok: true, value: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown }
  } catch (error) {
    // yaml throws a ReferenceError for excessive aliasing; anything else is a bug worth seeing.
    if (!(error instanceof ReferenceError)) throw error
    return {
      ok: false,
      problem: {
        code: TOO_MANY_ALIASES,
        offset: firstAliasOffset(document),
        message: `its aliases (*name) expand to more than ${MAX_ALIAS_COUNT} copies, which looks like a "billion laughs" attack; Helm refuses such a file too`,
      },
    }
  }
}

function firstAliasOffset(document: Document): number {
  let offset = 0
  visit(document, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0
      return visit.BREAK
    },
  })
  return offset
}

/** A view of a file too deep to parse: one problem where it goes too deep, and an empty document. */
function tooDeepView(text: string, offset: number, maxDepth: number): YamlDocumentView {
  const position = positionIn(text, offset)
  return {
    document: new YamlDocument(null),
    value: undefined,
    errors: [{ message: tooDeepMessage(maxDepth), code: TOO_DEEP, position }],
    warnings: [],
    locate: () => position,
  }
}

function positionIn(text: string, offset: number): Position {
  const lineCounter = new LineCounter()
  lineCounter.addNewLine(0)
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) lineCounter.addNewLine(index + 1)
  return toPosition(lineCounter, offset)
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
