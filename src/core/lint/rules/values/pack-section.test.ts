import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, lintWithRule, withFiles } from '../../../testing/packFixtures'
import { packSection } from './pack-section'
import { expectFindings } from '../../../testing/expectFindings'

const lint = (values: string, mode: 'author' | 'import' = 'author') =>
  lintWithRule(packSection, withFiles(VALID_ADDON_PACK, { 'values.yaml': values }), mode)

describe('pack-values/pack-section', () => {
  it.each([
    ['the valid pack', VALID_ADDON_PACK['values.yaml'] as string],
    ['an empty file', ''],
    ['an empty pack section', 'pack:\ncharts: {}\n'],
    ['a file that does not parse (the syntax rule reports it)', 'a: "\n'],
  ])('accepts %s', async (_name, values) => {
    expectFindings(await lint(values), [])
  })

  it.each([
    ['no pack key (author)', 'charts:\n  app: {}\n', 'author', { ruleId: 'pack-values/pack-section', severity: 'warning', file: 'values.yaml', line: 1 }],
    ['no pack key (import)', 'charts:\n  app: {}\n', 'import', { ruleId: 'pack-values/pack-section', severity: 'info', file: 'values.yaml', line: 1 }],
    ['pack as a list', 'x: 1\npack:\n  - a\n', 'author', { ruleId: 'pack-values/pack-section', severity: 'error', file: 'values.yaml', line: 2, pointer: '/pack' }],
    ['a list at the top', '- a\n', 'author', { ruleId: 'pack-values/pack-section', severity: 'error', file: 'values.yaml', line: 1, pointer: '' }],
  ] as const)('reports %s', async (_name, values, mode, expected) => {
    expectFindings(await lint(values, mode), [expected])
  })
})
