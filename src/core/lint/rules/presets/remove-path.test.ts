import { describe, it } from 'vitest'
import { lintWithRule } from '../../../testing/packFixtures'
import { VALID_PRESETS, withPresets } from '../../../testing/presetsFixtures'
import { presetsRemovePath } from './remove-path'
import { expectFindings } from '../../../testing/expectFindings'

const preset = (name: string, remove: string, add = 'pack: {}') =>
  `  - name: ${name}\n    displayName: ${name}\n    group: G\n    remove: ${remove}\n    add: "${add}"\n`

describe('presets/remove-path', () => {
  it.each([
    ['the valid presets', VALID_PRESETS],
    ['a path another preset adds', `presets:\n${preset('a', '["charts.app.ingress"]')}${preset('b', '[]', 'charts: {app: {ingress: {enabled: true}}}')}`],
    ['a key with dots', `presets:\n${preset('a', '["pack.namespace"]')}`],
  ])('accepts %s', async (_name, presets) => {
    expectFindings(await lintWithRule(presetsRemovePath, withPresets(presets)), [])
  })

  it('warns on a path that exists nowhere', async () => {
    const presets = `presets:\n  - name: a\n    displayName: A\n    group: G\n    remove:\n      - pack.namespace\n      - manifests.hello-app.replica\n    add: ""\n`
    expectFindings(await lintWithRule(presetsRemovePath, withPresets(presets)), [
      { ruleId: 'presets/remove-path', severity: 'warning', file: 'presets.yaml', line: 7, pointer: '/presets/0/remove/1' },
    ])
  })
})
