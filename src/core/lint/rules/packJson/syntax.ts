import type { FindingDraft, LintContext, Rule } from '../../types'
import { PACK_JSON_FILE } from './packJsonSupport'

/** R1: pack.json exists, is strict JSON (no comments, no trailing commas) and holds an object. */
export const syntaxRule: Rule = {
  id: 'pack-json/syntax',
  severity: 'error',
  description: 'pack.json is strict JSON and holds an object.',
  spec: 'R1',
  *check(context: LintContext): Iterable<FindingDraft> {
    const view = context.packJson
    // A missing pack.json is files/pack-json-missing's finding; there is no syntax to check.
    if (!view) return
    // The parser often reports one slip twice at the same place (a trailing comma: "name expected", "value expected").
    const reported = new Set<string>()
    for (const error of view.errors) {
      const place = `${error.position.line}:${error.position.column}`
      if (reported.has(place)) continue
      reported.add(place)
      if (error.code === 'TOO_DEEP') {
        yield { file: PACK_JSON_FILE, ...error.position, message: `pack.json cannot be read: ${error.message}.`, hint: 'A pack.json holds a handful of flat fields; remove the deeply nested value.' }
        continue
      }
      const offset = view.lines.offsetAt(error.position)
      const before = view.text.slice(0, offset).trimEnd()
      const closer = view.text.charAt(offset)
      const trailingComma = before.endsWith(',') && (closer === '}' || closer === ']')
      // Point at the comma itself, which is what the author has to delete.
      const position = trailingComma ? view.lines.positionAt(before.length - 1) : error.position
      yield {
        file: PACK_JSON_FILE,
        line: position.line,
        column: position.column,
        message: trailingComma ? `pack.json is not valid JSON: a comma before "${closer}" (trailing comma).` : `pack.json is not valid JSON: ${error.message}.`,
        hint: trailingComma
          ? 'Remove the comma after the last item.'
          : 'Palette reads pack.json as strict JSON: no comments, no trailing commas, keys in double quotes.',
      }
    }
    if (view.errors.length === 0 && context.packJsonObject === undefined) {
      yield { file: PACK_JSON_FILE, pointer: '', message: 'The top level of pack.json must be an object ({ ... }).' }
    }
  },
}
