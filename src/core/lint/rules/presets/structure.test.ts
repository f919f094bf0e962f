import { describe, it } from 'vitest'
import { lintWithRule } from '../../../testing/packFixtures'
import { VALID_PRESETS, withPresets } from '../../../testing/presetsFixtures'
import { presetsStructure } from './structure'
import { expectFindings } from '../../../testing/expectFindings'

const lint = (presets: string) => lintWithRule(presetsStructure, withPresets(presets))
const ITEM = '  - name: a\n    displayName: A\n    group: G\n    remove: []\n    add: |\n      pack: {}\n'

describe('presets/structure', () => {
  it.each([
    ['the valid presets', VALID_PRESETS],
    ['a remove list written as a block', 'presets:\n  - name: a\n    displayName: A\n    group: G\n    remove:\n    - "pack.namespace"\n    add: |\n      pack: {}\n'],
    ['a file that does not parse (the syntax rule reports it)', 'presets: [\n'],
  ])('accepts %s', async (_name, presets) => {
    expectFindings(await lint(presets), [])
  })

  it.each([
    ['no presets key', 'other: []\n', 'error', 1, ''],
    ['presets as a mapping', 'presets:\n  a: 1\n', 'error', 1, '/presets'],
    ['an item that is not a mapping', 'presets:\n  - just-a-name\n', 'error', 2, '/presets/0'],
    ['a missing name', 'presets:\n  - displayName: A\n    group: G\n    remove: []\n    add: "pack: {}"\n', 'error', 2, '/presets/0'],
    ['an empty group', 'presets:\n  - name: a\n    displayName: A\n    group: ""\n    remove: []\n    add: "pack: {}"\n', 'error', 4, '/presets/0/group'],
    ['a duplicate name', `presets:\n${ITEM}${ITEM}`, 'error', 8, '/presets/1/name'],
    ['remove as a string', 'presets:\n  - name: a\n    displayName: A\n    group: G\n    remove: pack.namespace\n    add: "pack: {}"\n', 'error', 5, '/presets/0/remove'],
    ['remove with a number', 'presets:\n  - name: a\n    displayName: A\n    group: G\n    remove: [1]\n    add: "pack: {}"\n', 'error', 5, '/presets/0/remove'],
    ['add as a mapping', 'presets:\n  - name: a\n    displayName: A\n    group: G\n    remove: []\n    add:\n      pack: {}\n', 'error', 6, '/presets/0/add'],
  ] as const)('reports %s', async (_name, presets, severity, line, pointer) => {
    expectFindings(await lint(presets), [{ ruleId: 'presets/structure', severity, file: 'presets.yaml', line, pointer }])
  })

  it('warns on an empty file', async () => {
    expectFindings(await lint(''), [{ ruleId: 'presets/structure', severity: 'warning', file: 'presets.yaml', line: 1 }])
  })
})
