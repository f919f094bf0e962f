import { parse, parseDocument, YAMLParseError } from 'yaml'
import type { Document, DocumentOptions, ParseOptions, SchemaOptions } from 'yaml'
import { locateTooDeep } from './nestingDepth'
import { findYamlTooDeep } from './yamlNestingDepth'

// For the edits, fixes and checks that read values.yaml (the pack's or a chart's) as a yaml Document or
// a plain value outside the lint views: the views' nesting cap, so that a file nested thousands deep is
// a YAML error to them like any other rather than a stack overflow in yaml's recursive composer.

type DocumentParseOptions = ParseOptions & DocumentOptions & SchemaOptions

/** Where and why the text is not read, worded as a YAML error ("line 3: it nests …"); undefined within the cap. */
function tooDeepProblem(text: string): { readonly offset: number; readonly message: string } | undefined {
  const tooDeep = findYamlTooDeep(text)
  if (tooDeep === undefined) return undefined
  const { line, message } = locateTooDeep(text, tooDeep)
  return { offset: tooDeep.offset, message: `line ${String(line)}: ${message}` }
}

/** yaml's `parseDocument`, unless the text nests past the cap: then an empty document whose one error says so. */
export function parseDocumentWithinDepth(text: string, options: DocumentParseOptions = {}): Document.Parsed {
  const problem = tooDeepProblem(text)
  if (problem === undefined) return parseDocument(text, options)
  const document = parseDocument('', options)
  // yaml has no code for this; IMPOSSIBLE is the one that claims nothing about the text's syntax.
  document.errors.push(new YAMLParseError([problem.offset, problem.offset + 1], 'IMPOSSIBLE', problem.message))
  return document
}

/** yaml's `parse`, which throws on a YAML error; past the cap it throws too, with the cap's words. */
export function parseWithinDepth(text: string): unknown {
  const problem = tooDeepProblem(text)
  if (problem !== undefined) throw new Error(problem.message)
  return parse(text) as unknown
}
