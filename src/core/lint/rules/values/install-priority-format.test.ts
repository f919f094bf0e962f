import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, lintWithRule, withFiles } from '../../../testing/packFixtures'
import { installPriorityFormat } from './install-priority-format'
import { expectFindings } from '../../../testing/expectFindings'

const lint = (values: string) => lintWithRule(installPriorityFormat, withFiles(VALID_ADDON_PACK, { 'values.yaml': values }))
const POINTER = '/pack/spectrocloud.com~1install-priority'

describe('pack-values/install-priority-format', () => {
  it.each([
    ['no priority', 'pack:\n  namespace: a\n'],
    ['a double-quoted integer', 'pack:\n  spectrocloud.com/install-priority: "30"\n'],
    ['a single-quoted negative integer', "pack:\n  spectrocloud.com/install-priority: '-5'\n"],
    ['an explicit string tag', 'pack:\n  spectrocloud.com/install-priority: !!str 7\n'],
  ])('accepts %s', async (_name, values) => {
    expectFindings(await lint(values), [])
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
    expectFindings(await lint(values), [{ ruleId: 'pack-values/install-priority-format', severity: 'error', file: 'values.yaml', line, pointer: POINTER }])
  })
})
