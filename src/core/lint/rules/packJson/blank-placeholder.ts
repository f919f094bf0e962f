import type { FindingDraft, LintContext, Rule } from '../../types'
import { removeBlankField } from '../../fixes/packJsonFixes'
import { PACK_JSON_FILE, byMode, pointerTo } from './packJsonSupport'

const OPTIONAL_TEXT_FIELDS = ['group', 'eol'] as const

/** R33: the docs' `" "` placeholders for group and eol; leaving the key out is the clean form. */
export const blankPlaceholderRule: Rule = {
  id: 'pack-json/blank-placeholder',
  severity: 'warning',
  description: 'group and eol are left out rather than set to a blank string.',
  spec: 'R33',
  *check(context: LintContext): Iterable<FindingDraft> {
    const packJson = context.packJsonObject
    if (!packJson) return
    for (const field of OPTIONAL_TEXT_FIELDS) {
      const value = packJson[field]
      if (typeof value !== 'string' || value.trim() !== '') continue
      yield {
        file: PACK_JSON_FILE,
        pointer: pointerTo(field),
        // "" is common in shipped packs and harmless; whitespace is a placeholder someone forgot.
        severity: value === '' ? byMode(context, 'warning', 'info') : 'warning',
        message: `"${field}" is ${JSON.stringify(value)}.`,
        hint: `Leave "${field}" out instead of writing a blank value.`,
        fixes: [{ fixId: 'remove-blank', title: `Remove the blank "${field}"`, safe: true, args: { field } }],
      }
    }
  },
  fixes: { 'remove-blank': removeBlankField },
}
