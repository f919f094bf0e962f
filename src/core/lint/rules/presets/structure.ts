import { isScalar, isSeq } from 'yaml'
import { PRESETS_YAML } from '../../../pack/pack'
import { presetsView, readPresets } from '../../../presets/presetsModel'
import type { FindingDraft, LintContext, Rule } from '../../types'

const TEXT_FIELDS = ['name', 'displayName', 'group'] as const

/** R23: presets.yaml holds a `presets` list of `{name, displayName, group, remove, add}` items. */
export const presetsStructure: Rule = {
  id: 'presets/structure',
  severity: 'error',
  description: 'presets.yaml must hold a `presets` list whose items have a unique name, displayName, group, a `remove` list and an `add` string.',
  spec: 'R23',
  *check(context: LintContext): Iterable<FindingDraft> {
    const view = presetsView(context)
    if (!view) return
    const list: unknown = view.document.get('presets', true)
    const contents = view.document.contents
    if (contents === null || (isScalar(contents) && contents.value === null)) {
      yield { file: PRESETS_YAML, line: 1, severity: 'warning', message: 'presets.yaml is empty.', hint: 'Add a `presets:` list, or delete the file.' }
      return
    }
    if (!isSeq(list)) {
      yield { file: PRESETS_YAML, pointer: list === undefined ? '' : '/presets', message: 'presets.yaml must have a top-level `presets:` list.' }
      return
    }
    const presets = readPresets(context)
    const findings: FindingDraft[] = []
    for (const index of list.items.keys()) {
      if (!presets?.items.some((item) => item.index === index)) findings.push({ file: PRESETS_YAML, pointer: `/presets/${index}`, message: `Preset ${index + 1} is not a mapping of fields.` })
    }
    const seen = new Map<string, number>()
    for (const item of presets?.items ?? []) {
      const at = `/presets/${item.index}`
      for (const field of TEXT_FIELDS) {
        const value = item.fields.get(field)
        if (typeof value !== 'string' || value.trim() === '') {
          findings.push({ file: PRESETS_YAML, pointer: value === undefined ? at : `${at}/${field}`, message: `Preset ${item.index + 1} needs a non-empty \`${field}\` string.` })
        }
      }
      const name = item.fields.get('name')
      if (typeof name === 'string' && name !== '') {
        const first = seen.get(name)
        if (first !== undefined) findings.push({ file: PRESETS_YAML, pointer: `${at}/name`, message: `The preset name "${name}" is already used by preset ${first + 1}; names must be unique.` })
        else seen.set(name, item.index)
      }
      const remove = item.fields.get('remove')
      if (!Array.isArray(remove) || !remove.every((path) => typeof path === 'string')) {
        findings.push({
          file: PRESETS_YAML,
          pointer: remove === undefined ? at : `${at}/remove`,
          message: `Preset ${item.index + 1} needs \`remove:\` as a list of dotted paths (it may be empty: \`remove: []\`).`,
        })
      }
      const add = item.fields.get('add')
      if (typeof add !== 'string') {
        findings.push({
          file: PRESETS_YAML,
          pointer: add === undefined ? at : `${at}/add`,
          message: `Preset ${item.index + 1} needs \`add:\` as a string holding YAML.`,
          hint: 'Write it as a block string: `add: |` followed by the indented YAML.',
        })
      }
    }
    yield* findings
  },
}
