import { isMap, isScalar } from 'yaml'
import { isPlainObject } from '../../../data/isPlainObject'
import { SCHEMA_YAML } from '../../../pack/pack'
import { readSchemaEntries, schemaView } from '../../../schemaYaml/schemaEntries'
import { formatPointer } from '../../../text/jsonPointer'
import type { FindingDraft, LintContext, Rule } from '../../types'

const DOTTED_PATH = /^[^\s.]+(\.[^\s.]+)*$/

/** R26: schema.yaml maps dotted values paths to `{schema: "<template>"}`. */
export const schemaEntryShape: Rule = {
  id: 'schema-yaml/entry-shape',
  severity: 'error',
  description: 'Each schema.yaml key must be a dotted values path holding `schema: "<template>"`.',
  spec: 'R26',
  *check(context: LintContext): Iterable<FindingDraft> {
    const view = schemaView(context)
    const root = view?.document.contents
    if (!view || root === null || root === undefined || (isScalar(root) && root.value === null)) return
    if (!isMap(root)) {
      yield { file: SCHEMA_YAML, pointer: '', message: 'schema.yaml must be a mapping of values paths to `schema:` entries.' }
      return
    }
    for (const entry of readSchemaEntries(context)) {
      if (!DOTTED_PATH.test(entry.path)) {
        yield { file: SCHEMA_YAML, pointer: entry.pointer, message: `"${entry.path}" is not a dotted values path such as \`charts.app.port\`.` }
        continue
      }
      if (!isPlainObject(entry.value) || entry.template === undefined) {
        yield {
          file: SCHEMA_YAML,
          pointer: isPlainObject(entry.value) && 'schema' in entry.value ? formatPointer([entry.path, 'schema']) : entry.pointer,
          message: `The entry for \`${entry.path}\` must hold \`schema:\` with a template string.`,
          hint: `Write it as: schema: '{{ required | format "\${string}" }}'`,
        }
        continue
      }
      for (const key of Object.keys(entry.value).filter((key) => key !== 'schema')) {
        yield { file: SCHEMA_YAML, pointer: formatPointer([entry.path, key]), severity: 'warning', message: `The entry for \`${entry.path}\` has \`${key}\`, which Palette ignores; only \`schema\` is read.` }
      }
    }
  },
}
