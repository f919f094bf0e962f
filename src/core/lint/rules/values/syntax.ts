import { VALUES_YAML } from '../../../pack/pack'
import type { FindingDraft, LintContext, Rule } from '../../types'
import { yamlSyntaxFindings } from '../yamlSyntaxFindings'

/** R10: values.yaml is valid YAML (an empty file is fine); duplicate keys included. */
export const valuesSyntax: Rule = {
  id: 'pack-values/syntax',
  severity: 'error',
  description: 'values.yaml must be valid YAML, without duplicate keys; an empty file is fine.',
  spec: 'R10',
  *check(context: LintContext): Iterable<FindingDraft> {
    const view = context.values
    if (!view) return
    yield* yamlSyntaxFindings(VALUES_YAML, view)
    for (const warning of view.warnings) {
      yield {
        file: VALUES_YAML,
        line: warning.position.line,
        column: warning.position.column,
        severity: 'warning',
        message: `values.yaml: ${warning.message}`,
      }
    }
  },
}
