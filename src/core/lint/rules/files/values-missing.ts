import { VALUES_YAML } from '../../../pack/pack'
import type { Rule } from '../../types'

/** R10 (existence): every pack has a values.yaml, even an empty one. */
export const valuesMissing: Rule = {
  id: 'files/values-missing',
  severity: 'error',
  description: 'The pack has a values.yaml at its top level (it may be empty).',
  spec: 'R10',
  *check(context) {
    if (context.pack.files.has(VALUES_YAML)) return
    yield { file: VALUES_YAML, message: 'The pack has no values.yaml; Palette requires one in every pack', hint: 'Add a values.yaml; it may be empty.' }
  },
}
