import type { FindingDraft, LintContext, Rule } from '../../types'
import { PACK_JSON_FILE, pointerTo } from './packJsonSupport'

const ISO_DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/

/** True for a real calendar date written YYYY-MM-DD. */
function isIsoDate(text: string): boolean {
  const match = ISO_DATE_SHAPE.exec(text)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** R33: eol is a YYYY-MM-DD date (Palette's API model says yyyy-MM-dd). */
export const eolFormatRule: Rule = {
  id: 'pack-json/eol-format',
  severity: 'warning',
  description: 'eol, when set, is a date written YYYY-MM-DD.',
  spec: 'R33',
  *check(context: LintContext): Iterable<FindingDraft> {
    const eol = context.packJsonObject?.['eol']
    // Blank placeholders are pack-json/blank-placeholder's business.
    if (typeof eol !== 'string' || eol.trim() === '' || isIsoDate(eol)) return
    yield {
      file: PACK_JSON_FILE,
      pointer: pointerTo('eol'),
      message: ISO_DATE_SHAPE.test(eol) ? `The end-of-life date "${eol}" is not a day of the calendar.` : `The end-of-life date "${eol}" is not a date written YYYY-MM-DD.`,
      hint: 'Write it like "2028-04-30", or leave "eol" out.',
    }
  },
}
