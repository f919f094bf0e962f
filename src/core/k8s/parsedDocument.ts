import { isDeepStrictEqualJson } from './jsonEquality'
import type { Pack } from '../pack/pack'
import { parseYamlFileView, parseYamlView } from '../pack/yamlView'
import type { YamlDocumentView } from '../pack/yamlView'
import type { RenderedDocument } from '../render/renderTypes'
import { decodeText, encodeText } from '../text/encoding'
import { formatPointer } from '../text/jsonPointer'
import { createLineIndex } from '../text/lineIndex'
import type { Position } from '../text/lineIndex'
import { describeRenderedPlace, formatValuePath } from './renderedFinding'
import type { DocumentProblem, RenderedFinding } from './renderedFinding'

/** A rendered document parsed once, with a way to turn problems at value paths into findings. */
export interface ParsedDocument {
  readonly document: RenderedDocument
  /** The document's value; undefined when the YAML does not parse (the render step reports that). */
  readonly value: unknown
  readonly apiVersion: string | undefined
  readonly kind: string | undefined
  toFinding(problem: DocumentProblem): RenderedFinding
}

const TEMPLATE_ACTION = /\{\{/

/** Parses a rendered document and finds, for a manifest of the pack, the same document in its file. */
export function parseRenderedDocument(pack: Pack, document: RenderedDocument): ParsedDocument {
  const view = parseYamlView(encodeText(document.text))
  const value = view.errors.length === 0 ? view.value : undefined
  const inFile = document.source === 'manifest' ? locateInManifest(pack, document, value) : undefined
  const typeMeta = isRecord(value) ? value : {}
  return {
    document,
    value,
    apiVersion: typeof typeMeta.apiVersion === 'string' ? typeMeta.apiVersion : undefined,
    kind: typeof typeMeta.kind === 'string' ? typeMeta.kind : undefined,
    toFinding(problem) {
      const pointer = formatPointer(problem.path)
      const line = view.locate(pointer)?.line ?? 1
      const where = formatValuePath(problem.path)
      const subject = where === '' ? '' : `\`${where}\`: `
      const exact: Position | undefined = inFile?.(pointer, view)
      const message = exact ? `${subject}${problem.message}` : `${describeRenderedPlace(document, line)} ${subject}${problem.message}`
      return {
        ruleId: problem.ruleId,
        severity: problem.severity,
        file: document.owner,
        ...(exact ? { line: exact.line, column: exact.column } : {}),
        message,
        ...(problem.hint !== undefined ? { hint: problem.hint } : {}),
        rendered: { template: document.template, index: document.index, line, path: where },
      }
    },
  }
}

/** Maps a pointer in the rendered document to its exact position in the manifest file. */
type FilePosition = (pointer: string, view: YamlDocumentView) => Position | undefined

/**
 * Exact positions in the manifest file, when its document is the rendered one: the rendered text
 * appears verbatim in the file (an untemplated manifest handed over as is; the offset of the text
 * shifts every line), or the file has no template actions and holds the same value at the same
 * index (a renderer that re-printed the YAML). A templated manifest shifts lines, so its findings
 * name the rendered line instead.
 */
function locateInManifest(pack: Pack, document: RenderedDocument, value: unknown): FilePosition | undefined {
  const bytes = pack.files.get(document.owner)
  if (bytes === undefined || value === undefined) return undefined
  const fileText = decodeText(bytes)
  const offset = document.text.trim() === '' ? -1 : fileText.indexOf(document.text)
  if (offset >= 0) {
    const lineShift = createLineIndex(fileText).positionAt(offset).line - 1
    return (pointer, view) => {
      const position = view.locate(pointer)
      return position === undefined ? undefined : { line: position.line + lineShift, column: position.column }
    }
  }
  if (TEMPLATE_ACTION.test(fileText)) return undefined
  const candidates = parseYamlFileView(bytes).documents.filter((view) => view.errors.length === 0 && view.value !== null && view.value !== undefined)
  const candidate = candidates[document.index]
  return candidate !== undefined && isDeepStrictEqualJson(candidate.value, value) ? (pointer) => candidate.locate(pointer) : undefined
}

/** True for a non-null, non-array object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
