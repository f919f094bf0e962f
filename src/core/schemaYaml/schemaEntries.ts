import { isMap, isScalar } from 'yaml'
import type { LintContext } from '../lint/types'
import { SCHEMA_YAML } from '../pack/pack'
import type { YamlDocumentView } from '../pack/yamlView'
import { formatPointer } from '../text/jsonPointer'

/** One top-level entry of schema.yaml: a dotted values path and its `schema:` template, if any. */
export interface SchemaEntry {
  /** The key as written (a dotted path such as `charts.app.port`). */
  readonly path: string
  /** JSON pointer of the entry in schema.yaml. */
  readonly pointer: string
  /** The entry's plain value. */
  readonly value: unknown
  /** The `schema:` string, when the entry is a mapping holding one. */
  readonly template: string | undefined
}

/** The parsed schema.yaml view, when the pack has the file and it parses. */
export function schemaView(context: LintContext): YamlDocumentView | undefined {
  const view = context.yaml(SCHEMA_YAML)
  return view && view.errors.length === 0 ? view : undefined
}

/** The entries of schema.yaml; empty when it is missing, broken or not a mapping. */
export function readSchemaEntries(context: LintContext): SchemaEntry[] {
  const view = schemaView(context)
  const root = view?.document.contents
  if (!view || !isMap(root)) return []
  return root.items.flatMap((pair) => {
    if (!isScalar(pair.key)) return []
    const path = String(pair.key.value)
    // The whole document already converted under the alias cap, so no part of it can exceed it.
    const value: unknown = pair.value === null ? null : (pair.value as { toJS(document: unknown, options: { maxAliasCount: number }): unknown }).toJS(view.document, { maxAliasCount: -1 })
    const schema: unknown = isMap(pair.value) ? pair.value.get('schema') : undefined
    return [{ path, pointer: formatPointer([path]), value, template: typeof schema === 'string' ? schema : undefined }]
  })
}
