import { describe, expect, it } from 'vitest'
import { VALID_ADDON_PACK, locateFindings, withFiles } from '../../../testing/packFixtures'
import { installPriorityFormat } from './install-priority-format'

const lint = (values: string) => locateFindings(installPriorityFormat, withFiles(VALID_ADDON_PACK, { 'values.yaml': values }))
const POINTER = '/pack/spectrocloud.com~1install-priority'

describe('pack-values/install-priority-format', () => {
  it.each([
    ['no priority', 'pack:\n  namespace: a\n'],
    ['a double-quoted integer', 'pack:\n  spectrocloud.com/install-priority: "30"\n'],
    ['a single-quoted negative integer', "pack:\n  spectrocloud.com/install-priority: '-5'\n"],
    ['an explicit string tag', 'pack:\n  spectrocloud.com/install-priority: !!str 7\n'],
  ])('accepts %s', async (_name, values) => {
    expect(await lint(values)).toEqual([])
  })

  it.each([
    ['an unquoted integer', 'pack:\n  namespace: a\n  spectrocloud.com/install-priority: 30\n', 3],
    ['an unquoted negative integer', 'pack:\n  spectrocloud.com/install-priority: -1\n', 2],
    ['a quoted word', 'pack:\n  spectrocloud.com/install-priority: "first"\n', 2],
    ['a quoted decimal', 'pack:\n  spectrocloud.com/install-priority: "1.5"\n', 2],
    ['a plain decimal', 'pack:\n  spectrocloud.com/install-priority: 1.5\n', 2],
    ['an empty value', 'pack:\n  spectrocloud.com/install-priority:\n', 2],
    ['a list', 'pack:\n  spectrocloud.com/install-priority: [1]\n', 2],
  ])('reports %s', async (_name, values, line) => {
    expect(await lint(values)).toEqual([{ ruleId: 'pack-values/install-priority-format', severity: 'error', file: 'values.yaml', line, pointer: POINTER }])
  })
})
