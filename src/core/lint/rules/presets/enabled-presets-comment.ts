import { PRESETS_YAML, VALUES_YAML } from '../../../pack/pack'
import { presetId, readPresets } from '../../../presets/presetsModel'
import type { FindingDraft, LintContext, Rule } from '../../types'

const MARKER = /^#\s*spectrocloud\.com\/enabled-presets:(.*)$/

/** R25: the `# spectrocloud.com/enabled-presets: Group:name,...` comment names real presets. */
export const enabledPresetsComment: Rule = {
  id: 'presets/enabled-presets-comment',
  severity: 'warning',
  description: 'The `spectrocloud.com/enabled-presets` comment in values.yaml must name real `group:name` presets.',
  spec: 'R25',
  *check(context: LintContext): Iterable<FindingDraft> {
    const text = context.text(VALUES_YAML)
    if (text === undefined) return
    const lines = text.split(/\r\n|\r|\n/)
    const presets = readPresets(context)
    const hasPresetsFile = context.pack.files.has(PRESETS_YAML)
    if (hasPresetsFile && !presets) return
    const known = new Set((presets?.items ?? []).flatMap((item) => presetId(item) ?? []))
    for (const [position, text] of lines.entries()) {
      const match = MARKER.exec(text.trim())
      if (!match) continue
      for (const entry of (match[1] ?? '').split(',').map((part) => part.trim()).filter((part) => part !== '')) {
        if (known.has(entry)) continue
        const malformed = !entry.includes(':')
        yield {
          file: VALUES_YAML,
          line: position + 1,
          message: malformed
            ? `The enabled-presets comment names "${entry}", which is not in the \`Group:name\` form.`
            : hasPresetsFile
              ? `The enabled-presets comment names "${entry}", but presets.yaml has no preset with that group and name.`
              : `The enabled-presets comment names "${entry}", but the pack has no presets.yaml.`,
          hint: known.size > 0 ? `Known presets: ${[...known].sort().join(', ')}.` : undefined,
        }
      }
    }
  },
}
