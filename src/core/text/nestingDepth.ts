// The JSON scan and the shared words; the YAML scan is in yamlNestingDepth.ts, so reading pack.json
// (the form, the drafts) does not load the YAML library.
import { createLineIndex } from './lineIndex'

/**
 * How deep lists and mappings may nest in a pack file. Real packs stay under 30 levels; parsers,
 * rules and renderers recurse per level, so a file nested thousands deep would overflow the stack.
 */
export const MAX_NESTING_DEPTH = 256

/** Where a file first nests deeper than the cap. */
export interface TooDeep {
  /** Character offset of the opening bracket or node that goes one level too deep. */
  readonly offset: number
  readonly maxDepth: number
}

/** Where in `text` it first nests too deep (1-based line and column), with the words for it. */
export function locateTooDeep(text: string, tooDeep: TooDeep): { readonly line: number; readonly column: number; readonly message: string } {
  const { line, column } = createLineIndex(text).positionAt(tooDeep.offset)
  return { line, column, message: tooDeepMessage(tooDeep.maxDepth) }
}

/** The words every view uses for a file over the cap, so the CLI, the Problems panel and tests agree. */
export function tooDeepMessage(maxDepth: number): string {
  return `it nests lists and objects more than ${maxDepth} levels deep, the most a pack file may nest; it is not read any further`
}

/** Scans JSON text (strings skipped) for brackets nested deeper than `maxDepth`, without parsing it. */
export function findJsonTooDeep(text: string, maxDepth = MAX_NESTING_DEPTH): TooDeep | undefined {
  let depth = 0
  let inString = false
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index)
    if (inString) {
      if (char === 92 /* \ */) index++
      else if (char === 34 /* " */) inString = false
      continue
    }
    if (char === 34) inString = true
    else if (char === 91 /* [ */ || char === 123 /* { */) {
      depth++
      if (depth > maxDepth) return { offset: index, maxDepth }
    } else if (char === 93 /* ] */ || char === 125 /* } */) depth = Math.max(0, depth - 1)
  }
  return undefined
}
