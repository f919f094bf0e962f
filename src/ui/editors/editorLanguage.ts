import { parseJsonView } from '../../core/pack/jsonView'
import { parseYamlView } from '../../core/pack/yamlView'
import type { Pack, Position } from '../../core'
import type { RevealTarget } from '../state/appState'
import { YAML_TEMPLATE_LANGUAGE } from '../../editor/yamlTemplateLanguageId'

/** The Monaco language of a pack file, by its extension. */
export function editorLanguage(path: string): 'yaml' | 'json' | 'markdown' | 'plaintext' {
  if (/\.ya?ml$/i.test(path)) return 'yaml'
  if (/\.json$/i.test(path)) return 'json'
  if (/\.md$/i.test(path)) return 'markdown'
  return 'plaintext'
}

/**
 * The Monaco language id of a pack file's model. Manifests are Go templates (`{{ if }}` lines,
 * unquoted `{{ .Values.x }}`), which monaco-yaml would flood with YAML errors, so they get YAML
 * highlighting under their own id; the core's manifest rules mark their real problems.
 */
export function monacoLanguageId(path: string): string {
  const language = editorLanguage(path)
  return language === 'yaml' && path.startsWith('manifests/') ? YAML_TEMPLATE_LANGUAGE : language
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
