import { parseTree } from 'jsonc-parser'
import type { Node as JsonNode } from 'jsonc-parser'
import type { FindingDraft, LintContext, Rule } from '../../types'
import { PACK_JSON_FILE, pointerTo } from './packJsonSupport'

/** Every repeated key of every object in the tree, with the path of the object holding it. */
function* duplicates(node: JsonNode, path: readonly (string | number)[]): Iterable<{ key: JsonNode; name: string; path: readonly (string | number)[] }> {
  if (node.type === 'object') {
    const seen = new Set<string>()
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? []
      if (!key || typeof key.value !== 'string') continue
      if (seen.has(key.value)) yield { key, name: key.value, path }
      seen.add(key.value)
      if (value) yield* duplicates(value, [...path, key.value])
    }
  } else if (node.type === 'array') {
    for (const [index, child] of (node.children ?? []).entries()) yield* duplicates(child, [...path, index])
  }
}

/**
 * A key written twice in one object: JSON parsers silently keep only one of them. Palette's Go decoders
 * keep the last one, so a published pack still works: a warning on import, an error for new packs.
 */
export const duplicateKeyRule: Rule = {
  id: 'pack-json/duplicate-key',
  severity: 'error',
  description: 'No object in pack.json repeats a key.',
  spec: 'R1',
  *check(context: LintContext): Iterable<FindingDraft> {
    const view = context.packJson
    if (!view || view.errors.length > 0) return
    const root = parseTree(view.text.replace(/^\uFEFF/, ' '))
    if (!root) return
    for (const { key, name, path } of duplicates(root, [])) {
      const position = view.lines.positionAt(key.offset)
      yield {
        file: PACK_JSON_FILE,
        pointer: pointerTo(...path, name),
        line: position.line,
        column: position.column,
        severity: context.mode === 'import' ? 'warning' : 'error',
        message: `The key "${name}" appears more than once in the same object; only the last one counts.`,
        hint: 'Keep one of them.',
      }
    }
  },
}
