import { isMap, isScalar } from 'yaml'
import { VALUES_YAML } from '../../../pack/pack'
import type { FindingDraft, LintContext, Rule } from '../../types'

/** values.yaml has a `pack:` mapping (15 published packs have none, so a missing one is never an error). */
export const packSection: Rule = {
  id: 'pack-values/pack-section',
  severity: 'warning',
  description: 'values.yaml should have a `pack:` section holding Palette settings.',
  spec: 'R10, 3.1',
  *check(context: LintContext): Iterable<FindingDraft> {
    const view = context.values
    const root = view?.document.contents
    if (!view || view.errors.length > 0 || root === null || root === undefined) return
    if (isScalar(root) && (root.value === null || root.value === '')) return
    if (!isMap(root)) {
      yield { file: VALUES_YAML, pointer: '', severity: 'error', message: 'values.yaml must be a mapping of keys (pack, charts, manifests, ...).' }
      return
    }
    const pack = root.get('pack', true)
    if (pack === undefined) {
      yield {
        file: VALUES_YAML,
        line: 1,
        severity: context.mode === 'author' ? 'warning' : 'info',
        message: 'values.yaml has no `pack:` section, so Palette gets no namespace or image list for this layer.',
        hint: 'Add `pack:` with at least `namespace:` and `content.images`.',
      }
      return
    }
    const empty = isScalar(pack) && (pack.value === null || pack.value === '')
    if (!empty && !isMap(pack)) {
      yield { file: VALUES_YAML, pointer: '/pack', severity: 'error', message: '`pack:` must be a mapping of settings.' }
    }
  },
}
