import { SCHEMA_YAML } from '../../../pack/pack'
import { presetAddedValues } from '../../../presets/presetsModel'
import { readSchemaEntries } from '../../../schemaYaml/schemaEntries'
import { dottedPathExists } from '../../../values/dottedPath'
import { valuesObject } from '../../../values/packContents'
import type { FindingDraft, LintContext, Rule } from '../../types'

/** R26: each schema.yaml path names a value that exists in values.yaml. */
export const schemaKeyPath: Rule = {
  id: 'schema-yaml/key-path',
  severity: 'warning',
  description: 'Each schema.yaml key should be the dotted path of a value in values.yaml (or one a preset adds).',
  spec: 'R26',
  *check(context: LintContext): Iterable<FindingDraft> {
    const values = valuesObject(context)
    if (!values) return
    const added = presetAddedValues(context)
    for (const entry of readSchemaEntries(context)) {
      if (dottedPathExists(values, entry.path) || added.some((fragment) => dottedPathExists(fragment, entry.path))) continue
      yield {
        file: SCHEMA_YAML,
        pointer: entry.pointer,
        message: `\`${entry.path}\` does not exist in values.yaml, so this schema checks nothing.`,
        hint: 'Use the full dotted path from the values.yaml root; use `.$[]` for every element of a list.',
      }
    }
  },
}
