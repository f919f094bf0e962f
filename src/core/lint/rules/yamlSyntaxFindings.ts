import { TOO_DEEP, TOO_MANY_ALIASES } from '../../pack/yamlView'
import type { YamlDocumentView } from '../../pack/yamlView'
import type { FindingDraft } from '../types'

// Valid YAML that is refused because reading it would exhaust the stack or memory.
const UNREADABLE_CODES: ReadonlySet<string> = new Set([TOO_DEEP, TOO_MANY_ALIASES])

/** One finding per YAML parse error of a file (duplicate keys included), at the error's position. */
export function* yamlSyntaxFindings(path: string, view: YamlDocumentView | undefined): Iterable<FindingDraft> {
  if (!view) return
  for (const error of view.errors) {
    yield {
      file: path,
      line: error.position.line,
      column: error.position.column,
      // The library's own words for a second document speak to programmers ("use parseAllDocuments").
      message: UNREADABLE_CODES.has(error.code) ? `${path} cannot be read: ${error.message}.` : error.code === 'MULTIPLE_DOCS' ? `${path} must hold one YAML document, but a second one starts here after \`---\`.` : `${path} is not valid YAML: ${error.message}`,
      ...(error.code === 'DUPLICATE_KEY' ? { hint: 'Keep one of the two keys: YAML readers disagree on which one wins.' } : {}),
    }
  }
}
