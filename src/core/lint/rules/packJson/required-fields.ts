import type { FindingDraft, LintContext, Rule } from '../../types'
import { PACK_JSON_FILE, pointerTo, show } from './packJsonSupport'

const REQUIRED_FIELDS = ['name', 'displayName', 'version', 'layer'] as const

/** R2: name, displayName, version and layer are present, strings, and not blank. */
export const requiredFieldsRule: Rule = {
  id: 'pack-json/required-fields',
  severity: 'error',
  description: 'name, displayName, version and layer are present and non-empty strings.',
  spec: 'R2',
  *check(context: LintContext): Iterable<FindingDraft> {
    const packJson = context.packJsonObject
    if (!packJson) return
    for (const field of REQUIRED_FIELDS) {
      if (!Object.hasOwn(packJson, field)) {
        yield { file: PACK_JSON_FILE, pointer: '', message: `pack.json has no "${field}".`, hint: `Add "${field}": it is required.` }
        continue
      }
      const value = packJson[field]
      if (typeof value !== 'string') {
        yield { file: PACK_JSON_FILE, pointer: pointerTo(field), message: `"${field}" must be a string, not ${show(value)}.` }
      } else if (value.trim() === '') {
        yield { file: PACK_JSON_FILE, pointer: pointerTo(field), message: `"${field}" is empty.`, hint: `Give the pack a ${field}.` }
      }
    }
  },
}
