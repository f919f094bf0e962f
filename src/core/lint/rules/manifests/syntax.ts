import { brokenActions, manifestYamlProblems, unbalancedAction } from '../../../manifests/goTemplate'
import { createLineIndex } from '../../../text/lineIndex'
import type { LineIndex } from '../../../text/lineIndex'
import { manifestPaths } from '../../../values/packContents'
import type { FindingDraft, LintContext, Rule } from '../../types'

/**
 * Each manifest renders as a Go template and parses as multi-document YAML. Template actions are
 * set aside before the YAML check (`{{ if }}` lines, `{{ .Values.x }}` values), keeping line numbers.
 * A broken template fails every install, so it is an error; a YAML problem is an error for packs
 * made here, and a warning on import because Go's YAML reader accepts a few things this one does not
 * (published kubeflow manifests have under-indented quoted lines).
 */
export const manifestSyntax: Rule = {
  id: 'manifests/syntax',
  severity: 'error',
  description: 'Each manifest must be a well-formed Go template and valid YAML in every `---` document.',
  spec: 'R8, 3.4',
  *check(context: LintContext): Iterable<FindingDraft> {
    for (const path of manifestPaths(context)) {
      const bytes = context.pack.files.get(path)
      const text = context.text(path)
      if (!bytes || text === undefined) continue
      // Positions are only needed for a finding, rare on big manifests: the index is built on first use.
      let lines: LineIndex | undefined
      const positionAt = (offset: number) => (lines ??= createLineIndex(text)).positionAt(offset)
      for (const broken of brokenActions(text)) {
        yield {
          file: path,
          ...positionAt(broken.offset),
          message: `\`${broken.text}\` looks like a template action with a brace missing, so it is left in the output as text.`,
          hint: 'Template actions are written with double braces: {{- end }}, {{ .Values.x }}.',
        }
      }
      const unbalanced = unbalancedAction(text)
      if (unbalanced) {
        yield {
          file: path,
          ...positionAt(unbalanced.offset),
          message: unbalanced.problem === 'unclosed'
            ? 'This template block ({{ if }}, {{ range }}, {{ with }}) is never closed with {{ end }}, so the manifest fails to render.'
            : 'This {{ end }} closes no {{ if }}, {{ range }} or {{ with }}, so the manifest fails to render.',
        }
      }
      for (const problem of manifestYamlProblems(bytes, text)) {
        yield {
          file: path,
          line: problem.line,
          column: problem.column,
          severity: context.mode === 'author' || problem.code === 'TOO_DEEP' ? 'error' : 'warning',
          message: problem.code === 'TOO_DEEP' ? `${path} cannot be read: ${problem.message}.` : `Document ${problem.document} of ${path} is not valid YAML: ${problem.message}`,
          ...(problem.code === 'TAB_AS_INDENT' ? { hint: 'Indent with spaces only.' } : {}),
        }
      }
    }
  },
}
