import { SCHEMA_YAML } from '../../../pack/pack'
import type { FindingDraft, LintContext, Rule } from '../../types'
import { yamlSyntaxFindings } from '../yamlSyntaxFindings'

/** schema.yaml, when present, is valid YAML. */
export const schemaYamlSyntax: Rule = {
  id: 'schema-yaml/syntax',
  severity: 'error',
  description: 'schema.yaml must be valid YAML.',
  spec: 'R26',
  *check(context: LintContext): Iterable<FindingDraft> {
    yield* yamlSyntaxFindings(SCHEMA_YAML, context.yaml(SCHEMA_YAML))
  },
}
