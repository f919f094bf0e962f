import { parseJsonView, parseYamlView } from '../../core'
import type { Pack, Position } from '../../core'
import type { RevealTarget } from '../state/appState'

/** The Monaco language of a pack file, by its extension. */
export function editorLanguage(path: string): 'yaml' | 'json' | 'markdown' | 'plaintext' {
  if (/\.ya?ml$/i.test(path)) return 'yaml'
  if (/\.json$/i.test(path)) return 'json'
  if (/\.md$/i.test(path)) return 'markdown'
  return 'plaintext'
}

/** The model URI of a pack file; monaco-yaml's `**\/values.yaml` fileMatch needs the real path in it. */
export function modelUri(path: string): string {
  return `file:///${path}`
}

/** Where a reveal request points in a file: its line, or the line its JSON pointer names. */
export function revealPosition(pack: Pack, target: RevealTarget): Position | undefined {
  if (target.line !== undefined) return { line: target.line, column: target.column ?? 1 }
  const bytes = pack.files.get(target.path)
  if (target.pointer === undefined || bytes === undefined) return undefined
  if (editorLanguage(target.path) === 'json') return parseJsonView(bytes).locate(target.pointer)
  if (editorLanguage(target.path) === 'yaml') return parseYamlView(bytes).locate(target.pointer)
  return undefined
}
