import { describe, expect, it } from 'vitest'
import { locateFindings } from '../../../testing/packFixtures'
import { VALID_PRESETS, withPresets } from '../../../testing/presetsFixtures'
import { presetsAddRoot } from './add-root'

const HEAD = 'presets:\n  - name: a\n    displayName: A\n    group: G\n    remove: []\n'
const lint = (add: string, values?: string) => locateFindings(presetsAddRoot, withPresets(`${HEAD}    add: |\n${add}`, values))

describe('presets/add-root', () => {
  it('accepts the valid presets', async () => {
    expect(await locateFindings(presetsAddRoot, withPresets(VALID_PRESETS))).toEqual([])
  })

  it.each([
    ['a pack root', '      pack:\n        namespace: b\n', undefined],
    ['a root values.yaml has', '      readinessCheck:\n        enabled: true\n', 'pack: {}\nreadinessCheck: {}\n'],
    ['an empty fragment', '      # nothing\n', undefined],
  ])('accepts %s', async (_name, add, values) => {
    expect(await lint(add, values)).toEqual([])
  })

  it.each([
    ['a fragment that starts below the chart key', '      replicas: 2\n'],
    ['a fragment that is a list', '      - a\n'],
  ])('warns on %s', async (_name, add) => {
    expect(await lint(add)).toEqual([{ ruleId: 'presets/add-root', severity: 'warning', file: 'presets.yaml', line: 6, pointer: '/presets/0/add' }])
  })
})
