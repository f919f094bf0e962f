import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, lintWithRule } from '../../../testing/packFixtures'
import { withSchema } from '../../../testing/schemaFixtures'
import { schemaYamlSyntax } from './syntax'
import { expectFindings } from '../../../testing/expectFindings'

describe('schema-yaml/syntax', () => {
  it.each([
    ['a valid file', withSchema("pack.namespace:\n  schema: '{{ required }}'\n")],
    ['an empty file', withSchema('')],
    ['no schema.yaml', VALID_ADDON_PACK],
  ])('accepts %s', async (_name, files) => {
    expectFindings(await lintWithRule(schemaYamlSyntax, files), [])
  })

  it.each([
    ['an unquoted template (a flow mapping cut short)', "a:\n  schema: {{ required }}\nb:\n  schema: '{{ x'\n  extra\n", 5],
    ['a duplicate key', "pack.namespace:\n  schema: '{{ required }}'\npack.namespace:\n  schema: '{{ readonly }}'\n", 3],
  ])('reports %s', async (_name, schema, line) => {
    expectFindings(await lintWithRule(schemaYamlSyntax, withSchema(schema)), [{ ruleId: 'schema-yaml/syntax', severity: 'error', file: 'schema.yaml', line }])
  })
})
