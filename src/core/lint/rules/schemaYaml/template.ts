import { SCHEMA_YAML } from '../../../pack/pack'
import { readSchemaEntries } from '../../../schemaYaml/schemaEntries'
import { parseSchemaTemplate } from '../../../schemaYaml/parseSchemaTemplate'
import { formatPointer } from '../../../text/jsonPointer'
import type { FindingDraft, LintContext, Rule } from '../../types'

/** R27: each `schema:` template parses: `{{ required | readonly | format "..." | hints "..." }}`. */
export const schemaTemplate: Rule = {
  id: 'schema-yaml/template',
  severity: 'error',
  description: 'Each `schema:` template must use only required, readonly, format "…" and hints "…", with valid format tokens and regexes.',
  spec: 'R27',
  *check(context: LintContext): Iterable<FindingDraft> {
    for (const entry of readSchemaEntries(context)) {
      if (entry.template === undefined) continue
      for (const problem of parseSchemaTemplate(entry.template).problems) {
        yield {
          file: SCHEMA_YAML,
          pointer: formatPointer([entry.path, 'schema']),
          severity: problem.severity,
          message: `The schema of \`${entry.path}\`: ${problem.message} (at character ${problem.offset + 1} of the template).`,
        }
      }
    }
  },
}
