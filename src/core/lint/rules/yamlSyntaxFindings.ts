import type { YamlDocumentView } from '../../pack/yamlView'
import type { FindingDraft } from '../types'

/** One finding per YAML parse error of a file (duplicate keys included), at the error's position. */
export function* yamlSyntaxFindings(path: string, view: YamlDocumentView | undefined): Iterable<FindingDraft> {
  if (!view) return
  for (const error of view.errors) {
    yield {
      file: path,
      line: error.position.line,
      column: error.position.column,
      // The library's own words for a second document speak to programmers ("use parseAllDocuments").
      message: error.code === 'MULTIPLE_DOCS' ? `${path} must hold one YAML document, but a second one starts here after \`---\`.` : `${path} is not valid YAML: ${error.message}`,
      ...(error.code === 'DUPLICATE_KEY' ? { hint: 'Keep one of the two keys: YAML readers disagree on which one wins.' } : {}),
    }
  }
}
