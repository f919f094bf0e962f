import { SCHEMA_YAML } from '../../../pack/pack'
import type { FindingDraft, LintContext, Rule } from '../../types'

/** schema.yaml, when present, is valid YAML. */
export const schemaYamlSyntax: Rule = {
  id: 'schema-yaml/syntax',
  severity: 'error',
  description: 'schema.yaml must be valid YAML.',
  spec: 'R26',
  *check(context: LintContext): Iterable<FindingDraft> {
    const view = context.yaml(SCHEMA_YAML)
    if (!view) return
    for (const error of view.errors) {
      yield { file: SCHEMA_YAML, line: error.position.line, column: error.position.column, message: `schema.yaml is not valid YAML: ${error.message}` }
    }
  },
}
