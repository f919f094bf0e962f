import { PRESETS_YAML } from '../../../pack/pack'
import type { FindingDraft, LintContext, Rule } from '../../types'

/** presets.yaml, when present, is valid YAML. */
export const presetsSyntax: Rule = {
  id: 'presets/syntax',
  severity: 'error',
  description: 'presets.yaml must be valid YAML.',
  spec: 'R23',
  *check(context: LintContext): Iterable<FindingDraft> {
    const view = context.yaml(PRESETS_YAML)
    if (!view) return
    for (const error of view.errors) {
      yield { file: PRESETS_YAML, line: error.position.line, column: error.position.column, message: `presets.yaml is not valid YAML: ${error.message}` }
    }
  },
}
