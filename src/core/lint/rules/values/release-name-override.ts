import { isPlainObject } from '../../../data/isPlainObject'
import { VALUES_YAML } from '../../../pack/pack'
import { formatPointer } from '../../../text/jsonPointer'
import { chartReleaseNames, manifestNames, packSection } from '../../../values/packContents'
import type { FindingDraft, LintContext, Rule } from '../../types'

/** R22: `pack.releaseNameOverride` keys name a chart folder or a manifest of the pack. */
export const releaseNameOverride: Rule = {
  id: 'pack-values/release-name-override',
  severity: 'warning',
  description: 'Keys of `pack.releaseNameOverride` should name a chart (folder, Chart.yaml name or dependency) or a manifest of the pack.',
  spec: 'R22',
  *check(context: LintContext): Iterable<FindingDraft> {
    const overrides = packSection(context)?.releaseNameOverride
    if (overrides === undefined || overrides === null) return
    if (!isPlainObject(overrides)) {
      yield { file: VALUES_YAML, pointer: '/pack/releaseNameOverride', message: '`pack.releaseNameOverride` must map chart or manifest names to release names.' }
      return
    }
    const chartNames = chartReleaseNames(context)
    if (!chartNames) return
    const names = new Set([...chartNames, ...manifestNames(context)])
    for (const [key, release] of Object.entries(overrides)) {
      const pointer = formatPointer(['pack', 'releaseNameOverride', key])
      if (!names.has(key)) {
        yield {
          file: VALUES_YAML,
          pointer,
          message: `The release name override for "${key}" matches no chart or manifest in this pack.`,
          hint: names.size > 0 ? `Use one of: ${[...names].sort().join(', ')}.` : undefined,
        }
      } else if (typeof release !== 'string' || release === '') {
        yield { file: VALUES_YAML, pointer, message: `The release name override for "${key}" must be a non-empty string.` }
      }
    }
  },
}
