import { findNodeAtLocation, parseTree, printParseErrorCode } from 'jsonc-parser'
import type { Node as JsonNode, ParseError } from 'jsonc-parser'
import { decodeText } from '../text/encoding'
import { createLineIndex } from '../text/lineIndex'
import type { LineIndex, Position } from '../text/lineIndex'
import { parsePointer } from '../text/jsonPointer'
import { findJsonTooDeep, tooDeepMessage } from '../text/nestingDepth'

/** A syntax error in a JSON file, with the position it was found at. */
export interface JsonSyntaxError {
  readonly message: string
  readonly position: Position
  /** `TOO_DEEP` when the file was not parsed at all because it nests too deep. */
  readonly code?: string
}

/** A JSON file parsed with source positions. `value` is undefined when the text is not strict JSON. */
export interface JsonView {
  readonly text: string
  readonly value: unknown
  readonly errors: readonly JsonSyntaxError[]
  readonly lines: LineIndex
  /** The position of the value (or, for an object member, the key) a JSON pointer names. */
  locate(pointer: string): Position | undefined
}

const cache = new WeakMap<Uint8Array, JsonView>()

const MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'a property name in double quotes is expected',
  ValueExpected: 'a value is expected (is there a trailing comma?)',
  ColonExpected: 'a colon is expected',
  CommaExpected: 'a comma is expected',
  CloseBraceExpected: 'a closing } is expected',
  CloseBracketExpected: 'a closing ] is expected',
  EndOfFileExpected: 'nothing may follow the top-level value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is cut off',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string',
}

function describeError(error: ParseError): string {
  const code = printParseErrorCode(error.error)
  return MESSAGES[code] ?? code
}

/** Parses JSON bytes strictly (no comments, no trailing commas), keeping positions. Memoized per bytes. */
export function parseJsonView(bytes: Uint8Array): JsonView {
  const cached = cache.get(bytes)
  if (cached) return cached
  const text = decodeText(bytes)
  const lines = createLineIndex(text)
  // jsonc-parser and the tree walks below recurse once per level.
  const tooDeep = findJsonTooDeep(text)
  if (tooDeep !== undefined) {
    const position = lines.positionAt(tooDeep.offset)
    const view: JsonView = { text, value: undefined, errors: [{ message: tooDeepMessage(tooDeep.maxDepth), position, code: 'TOO_DEEP' }], lines, locate: () => position }
    cache.set(bytes, view)
    return view
  }
  const rawErrors: ParseError[] = []
  // A BOM is not JSON; strip it for parsing but keep offsets aligned.
  const bom = text.startsWith('\uFEFF') ? 1 : 0
  const source = bom ? ' ' + text.slice(1) : text
  const root = parseTree(source, rawErrors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false })
  const errors = rawErrors.map((error) => ({ message: describeError(error), position: lines.positionAt(error.offset) }))
  if (bom) errors.unshift({ message: 'the file starts with a byte-order mark, which strict JSON parsers reject', position: { line: 1, column: 1 } })
  const value: unknown = errors.length === 0 && root ? nodeValue(root) : undefined
  const view: JsonView = {
    text,
    value,
    errors,
    lines,
    locate(pointer) {
      if (!root) return undefined
      const node = findByPointer(root, pointer)
      return node ? lines.positionAt(node.offset) : undefined
    },
  }
  cache.set(bytes, view)
  return view
}

function findByPointer(root: JsonNode, pointer: string): JsonNode | undefined {
  const segments = parsePointer(pointer)
  // Walk as deep as the pointer resolves, so a missing member points at its parent.
  for (let depth = segments.length; depth >= 0; depth--) {
    const path = segments.slice(0, depth).map((segment, index) => {
      const parent = findNodeAtLocation(root, segments.slice(0, index).map(toPathSegment))
      return parent?.type === 'array' ? Number(segment) : segment
    })
    const node = findNodeAtLocation(root, path)
    if (node) {
      const property = node.parent?.type === 'property' ? node.parent : undefined
      return depth === segments.length && property ? property : node
    }
  }
  return root
}

function toPathSegment(segment: string): string | number {
  return /^\d+$/.test(segment) ? Number(segment) : segment
}

function nodeValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object': {
      const result: Record<string, unknown> = {}
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? []
        if (key && value && typeof key.value === 'string') {
          Object.defineProperty(result, key.value, { value: nodeValue(value), enumerable: true, writable: true, configurable: true })
        }
      }
      return result
    }
    case 'array':
      return (node.children ?? []).map(nodeValue)
    default:
      return node.value as unknown
  }
}
