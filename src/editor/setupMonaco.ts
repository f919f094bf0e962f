import * as monaco from 'monaco-editor/esm/vs/editor/editor.api'
import 'monaco-editor/esm/vs/editor/edcore.main.js'
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js'
import 'monaco-editor/esm/vs/basic-languages/markdown/markdown.contribution.js'
import 'monaco-editor/esm/vs/language/json/monaco.contribution.js'
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker?worker'
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker?worker'
import { loader } from '@monaco-editor/react'
import { configureMonacoYaml } from 'monaco-yaml'
import type { JSONSchema, MonacoYaml, MonacoYamlOptions } from 'monaco-yaml'
import YamlWorker from './yaml.worker?worker'
import { PACK_JSON_AUTHOR_SCHEMA } from '../core/schema/packJsonSchema'
import { VALUES_SCHEMA } from '../core/schema/valuesSchema'
import { registerQuickFixes } from './quickFixes'
import { registerYamlTemplateLanguage } from './yamlTemplateLanguage'

/** The bundled Monaco namespace. */
export type Monaco = typeof monaco

declare global {
  interface Window {
    /** The app's Monaco namespace, exposed so e2e tests can read model markers. */
    __packBuilderMonaco?: Monaco
  }
}

let configured = false
let monacoYaml: MonacoYaml | undefined

const VALUES_SCHEMA_URI = 'pack-builder://schemas/values.yaml'
const PACK_JSON_SCHEMA_URI = 'pack-builder://schemas/pack.json'

function yamlSchemas(valuesSchema: unknown): MonacoYamlOptions['schemas'] {
  // The core types its schemas as deeply readonly; monaco-yaml only reads them, so the widening is safe.
  return [{ uri: VALUES_SCHEMA_URI, fileMatch: ['**/values.yaml'], schema: valuesSchema as JSONSchema }]
}

/**
 * Replaces the values.yaml schema (the pack: keys, and each chart's values under `charts.<folder>`)
 * that completion, hover and validation in values.yaml use.
 */
export function setValuesYamlSchema(schema: unknown): void {
  void monacoYaml?.update({ enableSchemaRequest: false, schemas: yamlSchemas(schema) })
}

/**
 * Prepares the bundled Monaco once: workers, offline loader, the pack.json and values.yaml schemas.
 * Safe to call many times; only the first call does the work.
 */
export function setupMonaco(): Monaco {
  if (configured) return monaco
  configured = true
  self.MonacoEnvironment = {
    getWorker(_workerId: string, label: string) {
      if (label === 'yaml') return new YamlWorker()
      if (label === 'json') return new JsonWorker()
      return new EditorWorker()
    },
  }
  // Without this @monaco-editor/react injects a CDN <script> and never renders offline (stack.md §2).
  loader.config({ monaco })
  monaco.languages.json.jsonDefaults.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    enableSchemaRequest: false,
    schemas: [{ uri: PACK_JSON_SCHEMA_URI, fileMatch: ['pack.json', '**/pack.json'], schema: PACK_JSON_AUTHOR_SCHEMA }],
  })
  monacoYaml = configureMonacoYaml(monaco, { enableSchemaRequest: false, schemas: yamlSchemas(VALUES_SCHEMA) })
  registerYamlTemplateLanguage(monaco)
  registerQuickFixes(monaco)
  window.__packBuilderMonaco = monaco
  return monaco
}
