import { isPlainObject } from '../../../data/isPlainObject'
import { PRESETS_YAML } from '../../../pack/pack'
import { presetFragment, readPresets, presetLabel } from '../../../presets/presetsModel'
import { valuesObject } from '../../../values/packContents'
import type { FindingDraft, LintContext, Rule } from '../../types'

const STANDARD_ROOTS = ['pack', 'charts', 'manifests']

/** R24: an `add:` fragment is rooted at the values.yaml root (`charts:`, `manifests:`, `pack:` or a known root). */
export const presetsAddRoot: Rule = {
  id: 'presets/add-root',
  severity: 'warning',
  description: 'A preset\'s `add:` YAML should start at the values.yaml root: `pack`, `charts`, `manifests` or another key values.yaml has.',
  spec: 'R24',
  *check(context: LintContext): Iterable<FindingDraft> {
    const presets = readPresets(context)
    if (!presets) return
    const roots = new Set([...STANDARD_ROOTS, ...Object.keys(valuesObject(context) ?? {})])
    for (const item of presets.items) {
      const parsed = presetFragment(item)
      if (parsed === undefined) continue
      if (!parsed.ok || parsed.value === null || parsed.value === undefined) continue
      const name = presetLabel(item)
      if (!isPlainObject(parsed.value)) {
        yield { file: PRESETS_YAML, pointer: `/presets/${item.index}/add`, message: `The \`add:\` YAML of preset ${name} is not a mapping, so it cannot be merged into values.yaml.` }
        continue
      }
      const unknown = Object.keys(parsed.value).filter((key) => !roots.has(key))
      if (unknown.length === 0) continue
      yield {
        file: PRESETS_YAML,
        pointer: `/presets/${item.index}/add`,
        message: `The \`add:\` YAML of preset ${name} starts with ${unknown.map((key) => `\`${key}\``).join(', ')}, which is not a root of values.yaml.`,
        hint: 'Write the full path from the values.yaml root, for example `charts:` then `<chart>:` then the chart values.',
      }
    }
  },
}
