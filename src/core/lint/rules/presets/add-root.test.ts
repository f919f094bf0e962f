import { describe, it } from 'vitest'
import { lintWithRule } from '../../../testing/packFixtures'
import { VALID_PRESETS, withPresets } from '../../../testing/presetsFixtures'
import { presetsAddRoot } from './add-root'
import { expectFindings } from '../../../testing/expectFindings'

const HEAD = 'presets:\n  - name: a\n    displayName: A\n    group: G\n    remove: []\n'
const lint = (add: string, values?: string) => lintWithRule(presetsAddRoot, withPresets(`${HEAD}    add: |\n${add}`, values))

describe('presets/add-root', () => {
  it('accepts the valid presets', async () => {
    expectFindings(await lintWithRule(presetsAddRoot, withPresets(VALID_PRESETS)), [])
  })

  it.each([
    ['a pack root', '      pack:\n        namespace: b\n', undefined],
    ['a root values.yaml has', '      readinessCheck:\n        enabled: true\n', 'pack: {}\nreadinessCheck: {}\n'],
    ['an empty fragment', '      # nothing\n', undefined],
  ])('accepts %s', async (_name, add, values) => {
    expectFindings(await lint(add, values), [])
  })

  it.each([
    ['a fragment that starts below the chart key', '      replicas: 2\n'],
    ['a fragment that is a list', '      - a\n'],
  ])('warns on %s', async (_name, add) => {
    expectFindings(await lint(add), [{ ruleId: 'presets/add-root', severity: 'warning', file: 'presets.yaml', line: 6, pointer: '/presets/0/add' }])
  })
})
