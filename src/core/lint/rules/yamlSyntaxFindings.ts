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
      message: `${path} is not valid YAML: ${error.message}`,
      ...(error.code === 'DUPLICATE_KEY' ? { hint: 'Keep one of the two keys: YAML readers disagree on which one wins.' } : {}),
    }
  }
}
