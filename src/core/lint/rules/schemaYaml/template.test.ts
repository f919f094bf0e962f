import { describe, it } from 'vitest'
import { lintWithRule } from '../../../testing/packFixtures'
import { withSchema } from '../../../testing/schemaFixtures'
import { schemaTemplate } from './template'
import { expectFindings } from '../../../testing/expectFindings'

const lint = (template: string) => lintWithRule(schemaTemplate, withSchema(`pack.namespace:\n  schema: '{{ required }}'\nmanifests.hello-app.replicas:\n  schema: '${template}'\n`))

describe('schema-yaml/template', () => {
  it.each([
    '{{ required | format "${number:[1-10]}" | hints "How many replicas" }}',
    '{{ format "${list:[a,b]}"  | hints "x"}}',
    '{{ format "${string:/^[a-z]+$/}" }}',
  ])('accepts %s', async (template) => {
    expectFindings(await lint(template), [])
  })

  it.each([
    ['{{ required | default 1 }}', 'error'],
    ['{{ format "${integer}" }}', 'error'],
    ['required', 'error'],
    ['{{ format "${string:/(/}" }}', 'error'],
    ['{{ format "${input}" }}', 'warning'],
    ['{{ format "${string:/^(?=a).*$/}" }}', 'warning'],
  ] as const)('reports %s as %s', async (template, severity) => {
    expectFindings(await lint(template), [{ ruleId: 'schema-yaml/template', severity, file: 'schema.yaml', line: 4, pointer: '/manifests.hello-app.replicas/schema' }])
  })
})
