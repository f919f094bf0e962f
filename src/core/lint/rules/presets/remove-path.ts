import { PRESETS_YAML } from '../../../pack/pack'
import { presetAddedValues, presetLabel, readPresets } from '../../../presets/presetsModel'
import { dottedPathExists } from '../../../values/dottedPath'
import { valuesObject } from '../../../values/packContents'
import type { FindingDraft, LintContext, Rule } from '../../types'

/** R24: `remove:` paths name values that exist in values.yaml (or that another preset adds). */
export const presetsRemovePath: Rule = {
  id: 'presets/remove-path',
  severity: 'warning',
  description: 'Each dotted path in a preset\'s `remove:` list should exist in values.yaml or in another preset\'s `add:`.',
  spec: 'R24',
  *check(context: LintContext): Iterable<FindingDraft> {
    const presets = readPresets(context)
    const values = valuesObject(context)
    if (!presets || !values) return
    const added = presetAddedValues(context)
    for (const item of presets.items) {
      const remove = item.fields.get('remove')
      if (!Array.isArray(remove)) continue
      for (const [index, path] of remove.entries()) {
        if (typeof path !== 'string' || path === '') continue
        if (dottedPathExists(values, path) || added.some((fragment) => dottedPathExists(fragment, path))) continue
        yield {
          file: PRESETS_YAML,
          pointer: `/presets/${item.index}/remove/${index}`,
          message: `The preset ${presetLabel(item)} removes \`${path}\`, which does not exist in values.yaml.`,
          hint: 'Use the full dotted path from the values.yaml root, such as `charts.<chart>.<key>`.',
        }
      }
    }
  },
}
