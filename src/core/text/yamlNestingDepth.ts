import { Parser } from 'yaml'
import type { CST } from 'yaml'
import type { TooDeep } from './nestingDepth'
import { MAX_NESTING_DEPTH } from './nestingDepth'

type Visit = readonly [token: CST.Token | undefined, depth: number]

const COLLECTIONS: ReadonlySet<string> = new Set(['block-map', 'block-seq', 'flow-collection'])

/**
 * Finds YAML collections (block or flow) nested deeper than `maxDepth`, from yaml's concrete syntax
 * tree: its lexer and parser keep their own stack, unlike the composer, and the walk here is iterative.
 */
export function findYamlTooDeep(text: string, maxDepth = MAX_NESTING_DEPTH): TooDeep | undefined {
  if (yamlDepthBound(text) <= maxDepth) return undefined
  for (const document of new Parser().parse(text)) {
    const pending: Visit[] = [[document, 0]]
    for (let visit = pending.pop(); visit !== undefined; visit = pending.pop()) {
      const [token, depth] = visit
      if (token === undefined) continue
      const level = COLLECTIONS.has(token.type) ? depth + 1 : depth
      if (level > maxDepth) return { offset: token.offset, maxDepth }
      if (token.type === 'document') pending.push([token.value, level])
      else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
        for (const item of token.items) {
          if ('key' in item) pending.push([item.key ?? undefined, level])
          pending.push([item.value, level])
        }
      }
    }
  }
  return undefined
}

/**
 * A cheap upper bound of a YAML text's nesting: every level needs one more column of indentation, one
 * more `- `/`? ` on a line, or one more unclosed bracket. Nearly every real file is decided here.
 */
function yamlDepthBound(text: string): number {
  let bound = 0
  let brackets = 0
  let lineStart = true
  let lineLevel = 0
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index)
    if (char === 10 /* \n */ || char === 13 /* \r */) {
      lineStart = true
      lineLevel = 0
      continue
    }
    if (char === 91 /* [ */ || char === 123 /* { */) brackets++
    else if ((char === 93 /* ] */ || char === 125) /* } */ && brackets > 0) brackets--
    if (lineStart) {
      if (char === 32 /* space */ || char === 45 /* - */ || char === 63 /* ? */ || char === 58 /* : */ || char === 9 /* tab */) lineLevel++
      else lineStart = false
    }
    bound = Math.max(bound, lineLevel + brackets + 1)
  }
  return bound
}
