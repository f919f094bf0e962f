import { PRESETS_YAML } from '../../../pack/pack'
import type { FindingDraft, LintContext, Rule } from '../../types'
import { yamlSyntaxFindings } from '../yamlSyntaxFindings'

/** presets.yaml, when present, is valid YAML. */
export const presetsSyntax: Rule = {
  id: 'presets/syntax',
  severity: 'error',
  description: 'presets.yaml must be valid YAML.',
  spec: 'R23',
  *check(context: LintContext): Iterable<FindingDraft> {
    yield* yamlSyntaxFindings(PRESETS_YAML, context.yaml(PRESETS_YAML))
  },
}
