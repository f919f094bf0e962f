import type * as Monaco from 'monaco-editor/esm/vs/editor/editor.api'
import { conf, language } from 'monaco-editor/esm/vs/basic-languages/yaml/yaml.js'
import { YAML_TEMPLATE_LANGUAGE } from './yamlTemplateLanguageId'

/**
 * Registers YAML highlighting under a second id. monaco-yaml validates every model whose language is
 * `yaml`; manifests are Go templates that are not YAML until rendered, so they use this id instead.
 */
export function registerYamlTemplateLanguage(monaco: typeof Monaco): void {
  monaco.languages.register({ id: YAML_TEMPLATE_LANGUAGE, aliases: ['YAML (Go template)'] })
  monaco.languages.setLanguageConfiguration(YAML_TEMPLATE_LANGUAGE, conf)
  monaco.languages.setMonarchTokensProvider(YAML_TEMPLATE_LANGUAGE, language)
}
