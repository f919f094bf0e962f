import { Composer, Parser } from 'yaml'
import type { CST, Document, DocumentOptions, LineCounter, ParseOptions, SchemaOptions } from 'yaml'
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
  for (const token of new Parser().parse(text)) {
    const tooDeep = tokenTooDeep(token, maxDepth)
    if (tooDeep !== undefined) return tooDeep
  }
  return undefined
}

type AllDocumentsOptions = ParseOptions & DocumentOptions & SchemaOptions & { readonly lineCounter?: LineCounter }

/** Every document of a YAML stream, or where it first nests deeper than the cap (then none is kept). */
export type DocumentsWithinDepth = { readonly tooDeep: TooDeep } | { readonly tooDeep: undefined; readonly documents: Document[] }

/**
 * What yaml's `parseAllDocuments(text, options)` gives (with `prettyErrors: false`), unless the text
 * nests deeper than `maxDepth`, as `findYamlTooDeep` finds it.
 */
export function parseAllDocumentsWithinDepth(text: string, options: AllDocumentsOptions, maxDepth = MAX_NESTING_DEPTH): DocumentsWithinDepth {
  const documents: Document[] = []
  const tooDeep = forEachDocumentWithinDepth(text, options, (document) => documents.push(document), maxDepth)
  return tooDeep !== undefined ? { tooDeep } : { tooDeep: undefined, documents }
}

/**
 * Composes the documents of a YAML stream as yaml's `parseAllDocuments` does and hands each to `each`
 * as soon as it is composed: a caller that keeps only what it learns from a document lets it go
 * before the next is read (a 1 MB manifest's nodes are never all alive at once). The depth check reads
 * the tokens the composer reads, each document before it is composed, so the text is lexed once.
 * Returns where the text first nests deeper than `maxDepth` (as `findYamlTooDeep` finds it), after
 * handing over the documents before that one, which the caller should then drop.
 */
export function forEachDocumentWithinDepth(text: string, options: AllDocumentsOptions, each: (document: Document) => void, maxDepth = MAX_NESTING_DEPTH): TooDeep | undefined {
  const parsed = new Parser(options.lineCounter?.addNewLine).parse(text)
  const found: { tooDeep?: TooDeep } = {}
  const tokens = yamlDepthBound(text) <= maxDepth ? parsed : tokensUntilTooDeep(parsed, maxDepth, found)
  for (const document of new Composer(options).compose(tokens)) each(document)
  return found.tooDeep
}

function* tokensUntilTooDeep(tokens: Iterable<CST.Token>, maxDepth: number, found: { tooDeep?: TooDeep }): Generator<CST.Token> {
  for (const token of tokens) {
    const tooDeep = tokenTooDeep(token, maxDepth)
    if (tooDeep !== undefined) {
      found.tooDeep = tooDeep
      return
    }
    yield token
  }
}

/** The first collection in one top-level token (a document) nested deeper than `maxDepth`; the walk is iterative. */
function tokenTooDeep(top: CST.Token, maxDepth: number): TooDeep | undefined {
  const pending: Visit[] = [[top, 0]]
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
  return undefined
}

/**
 * A cheap upper bound of a YAML text's nesting: every level needs one more column of indentation, one
 * more `- `/`? ` on a line, or one more unclosed bracket. A line of blanks alone (what hiding a
 * manifest's template actions leaves) nests nothing. Nearly every real file is decided here.
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
    if (lineStart) {
      if (char === 32 /* space */ || char === 9 /* tab */) {
        lineLevel++
        continue
      }
      if (char === 45 /* - */ || char === 63 /* ? */ || char === 58 /* : */) lineLevel++
      else lineStart = false
      if (lineLevel + brackets + 1 > bound) bound = lineLevel + brackets + 1
    }
    if (char === 91 /* [ */ || char === 123 /* { */) {
      brackets++
      if (lineLevel + brackets + 1 > bound) bound = lineLevel + brackets + 1
    } else if ((char === 93 /* ] */ || char === 125) /* } */ && brackets > 0) brackets--
  }
  return bound
}
