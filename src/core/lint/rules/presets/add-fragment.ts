import { PRESETS_YAML } from '../../../pack/pack'
import { addFragmentLine, presetFragment, readPresets, presetLabel } from '../../../presets/presetsModel'
import type { FindingDraft, LintContext, Rule } from '../../types'

/** R23: each preset's `add:` string is valid YAML; errors point at the line inside presets.yaml. */
export const presetsAddFragment: Rule = {
  id: 'presets/add-fragment',
  severity: 'error',
  description: 'The YAML held in each preset\'s `add:` string must parse.',
  spec: 'R23',
  *check(context: LintContext): Iterable<FindingDraft> {
    const presets = readPresets(context)
    if (!presets) return
    for (const item of presets.items) {
      const parsed = presetFragment(item)
      if (parsed === undefined) continue
      if (parsed.ok) continue
      const line = addFragmentLine(presets, item, parsed.line)
      yield {
        file: PRESETS_YAML,
        ...(line === undefined ? { pointer: `/presets/${item.index}/add` } : { line }),
        message: `The \`add:\` YAML of preset ${presetLabel(item)} does not parse: ${parsed.message}`,
        hint: parsed.tooDeep === true ? 'A fragment holds a few levels of values; remove the deeply nested part.' : 'Indent the fragment consistently under `add: |`, with spaces only.',
      }
    }
  },
}
