import { VALUES_YAML } from '../../../pack/pack'
import { packLayer, packSection, valuesObject } from '../../../values/packContents'
import type { FindingDraft, LintContext, Rule } from '../../types'

/** R18: an add-on layer names its target namespace in `pack.namespace`. */
export const namespaceRequired: Rule = {
  id: 'pack-values/namespace-required',
  severity: 'error',
  description: 'Add-on packs must set `pack.namespace`.',
  spec: 'R18',
  *check(context: LintContext): Iterable<FindingDraft> {
    if (packLayer(context) !== 'addon') return
    const values = valuesObject(context)
    if (!values && context.values?.errors.length) return
    const namespace = packSection(context)?.namespace
    if (namespace !== undefined && namespace !== null && namespace !== '') return
    yield {
      file: VALUES_YAML,
      pointer: namespace === undefined ? (packSection(context) ? '/pack' : '') : '/pack/namespace',
      ...(context.mode === 'import' ? { severity: 'warning' as const } : {}),
      message: 'This add-on pack does not set `pack.namespace`, so Palette does not know which namespace to install into.',
      hint: 'Add `namespace: "<name>"` under `pack:` in values.yaml.',
    }
  },
}
