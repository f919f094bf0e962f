import type { editor } from 'monaco-editor/esm/vs/editor/editor.api'
import type { Finding, Severity } from '../core'

/**
 * Monaco marker data with the core's severity; the editor maps it to `monaco.MarkerSeverity`, so this
 * module stays free of Monaco at runtime (and testable in Node).
 */
export type MarkerSpec = Omit<editor.IMarkerData, 'severity'> & { readonly severity: Severity }

/** The owner name under which the pack's findings are set on a model. */
export const MARKER_OWNER = 'pack-builder'

/**
 * Turns the findings about one file into Monaco marker data. A finding with no line is shown on the
 * first line; one with a line but no column underlines the whole line.
 * `lineLength` gives a line's length so the underline can end at the line's last character.
 */
export function findingsToMarkers(
  findings: readonly Finding[],
  path: string,
  lineLength: (line: number) => number,
): MarkerSpec[] {
  return findings
    .filter((finding) => finding.file === path)
    .map((finding) => {
      const line = Math.max(1, finding.line ?? 1)
      const length = lineLength(line)
      const startColumn = finding.column !== undefined ? Math.max(1, finding.column) : 1
      const endColumn = Math.max(startColumn + 1, length + 1)
      return {
        severity: finding.severity,
        message: finding.hint === undefined ? finding.message : `${finding.message}\n${finding.hint}`,
        source: 'Pack Builder',
        code: finding.ruleId,
        startLineNumber: line,
        startColumn,
        endLineNumber: line,
        endColumn,
      }
    })
}
