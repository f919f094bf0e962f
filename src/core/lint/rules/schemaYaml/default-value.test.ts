import { describe, it } from 'vitest'
import { lintWithRule } from '../../../testing/packFixtures'
import { withSchema } from '../../../testing/schemaFixtures'
import { schemaDefaultValue } from './default-value'
import { expectFindings } from '../../../testing/expectFindings'

const VALUES = 'pack:\n  namespace: hello-app\nmanifests:\n  hello-app:\n    replicas: 1\n    token: ""\n    hosts: [10.0.0.1, 10.0.0.300]\n'
const lint = (entry: string, mode: 'author' | 'import' = 'author') =>
  lintWithRule(schemaDefaultValue, withSchema(`pack.namespace:\n  schema: '{{ required }}'\n${entry}`, { 'values.yaml': VALUES }), mode)

describe('schema-yaml/default-value', () => {
  it.each([
    "manifests.hello-app.replicas:\n  schema: '{{ required | format \"${number:[1-3]}\" }}'\n",
    "manifests.hello-app.token:\n  schema: '{{ format \"${password}\" }}'\n",
    "manifests.hello-app.missing:\n  schema: '{{ format \"${string}\" }}'\n",
    "manifests.hello-app.replicas:\n  schema: '{{ format \"${integer}\" }}'\n",
  ])('accepts %s', async (entry) => {
    expectFindings(await lint(entry), [])
  })

  it.each([
    ['a number out of range', "manifests.hello-app.replicas:\n  schema: '{{ format \"${number:[2-3]}\" }}'\n", 'author', 'warning'],
    ['a value not in the list', "manifests.hello-app.replicas:\n  schema: '{{ format \"${list:[2,3]}\" }}'\n", 'author', 'warning'],
    ['a bad list element', "manifests.hello-app.hosts.$[]:\n  schema: '{{ format \"${ipv4}\" }}'\n", 'author', 'warning'],
    ['an empty required value', "manifests.hello-app.token:\n  schema: '{{ required }}'\n", 'author', 'warning'],
    ['an empty required value on import', "manifests.hello-app.token:\n  schema: '{{ required }}'\n", 'import', 'info'],
    ['a missing required value', "manifests.hello-app.other:\n  schema: '{{ required }}'\n", 'author', 'warning'],
  ] as const)('reports %s', async (_name, entry, mode, severity) => {
    expectFindings(await lint(entry, mode), [{ ruleId: 'schema-yaml/default-value', severity, file: 'schema.yaml', line: 3, pointer: `/${entry.split(':')[0] ?? ''}` }])
  })
})
