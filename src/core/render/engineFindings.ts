import type { Finding } from '../lint/types'
import type { EngineError } from './engineApi'
import { CHART_UNREADABLE, INPUT_NEEDED, RENDER_TIMEOUT, TEMPLATE_ERROR, renderFinding } from './renderRules'

/** How an engine template name maps back to a place in the pack. */
export interface ErrorPlace {
  /** The pack file: the chart archive, or the manifest. */
  readonly file: string
  /** For a manifest rendered as a one-template chart: its template name, so line/column apply to the file. */
  readonly manifestTemplate?: string
}

// `at <.Values.a.b>: nil pointer evaluating interface {}.c` names the value path that was missing.
const NIL_POINTER = /at <([^>]*)>: nil pointer evaluating [^.]*\.(\S+)/
const VALUES_PATH = /\.Values(?:\.[A-Za-z0-9_-]+)+/g

/** Turns the engine's error into the finding a pack author can act on. */
export function engineErrorFinding(error: EngineError, place: ErrorPlace): Finding {
  const inManifest = place.manifestTemplate !== undefined && error.template === place.manifestTemplate
  const at = inManifest ? { file: place.file, ...(error.line !== undefined ? { line: error.line } : {}), ...(error.column !== undefined ? { column: error.column } : {}) } : { file: place.file }
  const where = inManifest ? '' : `${locationText(error)}: `
  switch (error.kind) {
    case 'timeout':
      return renderFinding(RENDER_TIMEOUT, { file: place.file }, error.message, 'Look for a template that loops without end (`range`, `until`) or includes itself.')
    case 'chart':
      return renderFinding(CHART_UNREADABLE, { file: place.file }, error.message)
    case 'input':
      return renderFinding(INPUT_NEEDED, at, `${where}${error.message}${valuePathText(error.raw ?? '')}`, 'Set the value under this chart in values.yaml, or expose it to users in presets or schema.yaml.')
    case 'parse':
      return renderFinding(TEMPLATE_ERROR, at, `${where}the template does not parse: ${error.message}`)
    case 'exec': {
      const nil = NIL_POINTER.exec(error.message)
      if (nil !== null) {
        const path = nil[1] ?? ''
        const parent = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : path
        const key = nil[2] ?? ''
        return renderFinding(INPUT_NEEDED, at, `${where}the template reads ${path}, but ${parent} is not set`, `Set ${parent.replace(/^\.Values\./, '')} in values.yaml (a mapping holding ${key}).`)
      }
      return renderFinding(TEMPLATE_ERROR, at, `${where}${error.message}`)
    }
  }
}

function locationText(error: EngineError): string {
  if (error.template === undefined) return 'render'
  return [error.template, error.line, error.column].filter((part) => part !== undefined).join(':')
}

function valuePathText(raw: string): string {
  const paths = raw.match(VALUES_PATH)
  const last = paths?.[paths.length - 1]
  return last !== undefined ? ` (value ${last.slice('.Values.'.length)})` : ''
}
