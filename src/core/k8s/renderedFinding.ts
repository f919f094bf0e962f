import type { Finding, Severity } from '../lint/types'
import type { RenderedDocument } from '../render/renderTypes'

/** Where in the rendered output a finding is: the template, the document, its line and the value's path. */
export interface RenderedLocation {
  /** The template (`mychart/templates/deploy.yaml`) or manifest path the document came from. */
  readonly template: string
  /** The document's index within that template's output (0-based). */
  readonly index: number
  /** 1-based line within the rendered document's text. */
  readonly line: number
  /** The value's path in the document, such as `spec.template.spec.containers[0].image` ('' for the whole). */
  readonly path: string
}

/**
 * A finding about rendered output. `file` is the pack file the document came from (the chart
 * archive or the manifest); line/column are set only where they are exact in that file (a manifest
 * without template actions). `rendered` lets a UI open the rendered document at the line.
 */
export interface RenderedFinding extends Finding {
  readonly rendered: RenderedLocation
}

/** What the render checks return: findings, those about a rendered document with its place. */
export type RenderCheckFinding = Finding & { readonly rendered?: RenderedLocation }

/** Something a check says about one value of one parsed document. */
export interface DocumentProblem {
  readonly ruleId: string
  readonly severity: Severity
  /** The value's path as segments (property names and array indexes). */
  readonly path: readonly (string | number)[]
  /** What is wrong, without saying where (the location is added to the message). */
  readonly message: string
  readonly hint?: string
}

/** `spec.containers[0].image` from path segments. */
export function formatValuePath(path: readonly (string | number)[]): string {
  let text = ''
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) text += text === '' ? segment : `.${segment}`
    else text += `[${JSON.stringify(segment)}]`
  }
  return text
}

/** Names the rendered place for a message: the template, the document number and the line. */
export function describeRenderedPlace(document: RenderedDocument, line: number): string {
  return `${document.template} (document ${document.index + 1}, line ${line})`
}
