import { describe, it } from 'vitest'
import { lintWithRule } from '../../../testing/packFixtures'
import { VALID_PRESETS } from '../../../testing/presetsFixtures'
import { withSchema } from '../../../testing/schemaFixtures'
import { schemaKeyPath } from './key-path'
import { expectFindings } from '../../../testing/expectFindings'

const ENTRY = "  schema: '{{ required }}'\n"

describe('schema-yaml/key-path', () => {
  it.each([
    ['a path in values.yaml', withSchema(`manifests.hello-app.replicas:\n${ENTRY}`)],
    ['a list path', withSchema(`pack.content.images.$[].image:\n${ENTRY}`)],
    ['a path a preset adds', withSchema(`manifests.hello-app.replicas:\n${ENTRY}`, { 'presets.yaml': VALID_PRESETS, 'values.yaml': 'pack:\n  namespace: a\n' })],
  ])('accepts %s', async (_name, files) => {
    expectFindings(await lintWithRule(schemaKeyPath, files), [])
  })

  it('warns on a path that is not in values.yaml', async () => {
    const files = withSchema(`pack.namespace:\n${ENTRY}manifests.hello-app.replica:\n${ENTRY}`)
    expectFindings(await lintWithRule(schemaKeyPath, files), [
      { ruleId: 'schema-yaml/key-path', severity: 'warning', file: 'schema.yaml', line: 3, pointer: '/manifests.hello-app.replica' },
    ])
  })
})
