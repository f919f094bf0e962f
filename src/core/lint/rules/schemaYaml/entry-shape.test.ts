import { describe, it } from 'vitest'
import { lintWithRule } from '../../../testing/packFixtures'
import { withSchema } from '../../../testing/schemaFixtures'
import { schemaEntryShape } from './entry-shape'
import { expectFindings } from '../../../testing/expectFindings'

const lint = (schema: string) => lintWithRule(schemaEntryShape, withSchema(schema))

describe('schema-yaml/entry-shape', () => {
  it.each([
    ['a valid entry', "pack.namespace:\n  # a comment\n  schema: '{{ required }}'\n"],
    ['an array path', "registry.addresses.$[]:\n  schema: '{{ format \"${ipv4}\" }}'\n"],
    ['an empty file', ''],
  ])('accepts %s', async (_name, schema) => {
    expectFindings(await lint(schema), [])
  })

  it.each([
    ['a list at the top', '- a\n', 'error', 1, ''],
    ['a key with a space', "pack namespace:\n  schema: '{{ required }}'\n", 'error', 1, '/pack namespace'],
    ['a key with an empty segment', "pack..namespace:\n  schema: '{{ required }}'\n", 'error', 1, '/pack..namespace'],
    ['a bare string entry', "x:\n  schema: '{{ required }}'\npack.namespace: '{{ required }}'\n", 'error', 3, '/pack.namespace'],
    ['a schema that is not a string', 'pack.namespace:\n  schema:\n    required: true\n', 'error', 2, '/pack.namespace/schema'],
    ['an extra key', "pack.namespace:\n  schema: '{{ required }}'\n  hint: x\n", 'warning', 3, '/pack.namespace/hint'],
  ] as const)('reports %s', async (_name, schema, severity, line, pointer) => {
    expectFindings(await lint(schema), [{ ruleId: 'schema-yaml/entry-shape', severity, file: 'schema.yaml', line, pointer }])
  })
})
