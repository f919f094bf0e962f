import { SCHEMA_YAML } from '../../../pack/pack'
import { checkSchemaValue } from '../../../schemaYaml/checkSchemaValue'
import { parseSchemaTemplate } from '../../../schemaYaml/parseSchemaTemplate'
import { readSchemaEntries } from '../../../schemaYaml/schemaEntries'
import { resolveDottedPath } from '../../../values/dottedPath'
import { valuesObject } from '../../../values/packContents'
import type { FindingDraft, LintContext, Rule } from '../../types'

/** R28: the defaults in values.yaml pass their own schema.yaml rules. */
export const schemaDefaultValue: Rule = {
  id: 'schema-yaml/default-value',
  severity: 'warning',
  description: 'Default values in values.yaml should pass their schema.yaml rules, or users get errors on a fresh profile.',
  spec: 'R28',
  *check(context: LintContext): Iterable<FindingDraft> {
    const values = valuesObject(context)
    if (!values) return
    for (const entry of readSchemaEntries(context)) {
      if (entry.template === undefined) continue
      const template = parseSchemaTemplate(entry.template).template
      if (!template) continue
      const found = resolveDottedPath(values, entry.path)
      const candidates = found.length === 0 ? [undefined] : found
      for (const value of candidates) {
        const problem = checkSchemaValue(template, value)
        if (problem === undefined) continue
        // An empty required default is how many shipped packs make the user fill a value in.
        const emptyRequired = value === undefined || value === null || value === ''
        yield {
          file: SCHEMA_YAML,
          ...(emptyRequired && context.mode === 'import' ? { severity: 'info' as const } : {}),
          pointer: entry.pointer,
          message: `The default of \`${entry.path}\` in values.yaml (${value === undefined ? 'not set' : JSON.stringify(value)}) ${problem}.`,
          hint: 'Change the default in values.yaml, or relax the schema.',
        }
        break
      }
    }
  },
}
