import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, lintWithRule, withFiles } from '../../../testing/packFixtures'
import { valuesSyntax } from './syntax'
import { expectFindings } from '../../../testing/expectFindings'

const lint = (values: string) => lintWithRule(valuesSyntax, withFiles(VALID_ADDON_PACK, { 'values.yaml': values }))

describe('pack-values/syntax', () => {
  it.each([
    ['the valid pack', VALID_ADDON_PACK['values.yaml'] as string],
    ['an empty file', ''],
    ['only comments', '# nothing to set\n'],
  ])('accepts %s', async (_name, values) => {
    expectFindings(await lint(values), [])
  })

  it('says nothing when there is no values.yaml (the files rules report that)', async () => {
    expectFindings(await lintWithRule(valuesSyntax, withFiles(VALID_ADDON_PACK, { 'values.yaml': undefined })), [])
  })

  it.each([
    ['a bad indentation', 'pack:\n  namespace: a\n bad: 1\n', 3],
    ['a tab as indentation', 'pack:\n\tnamespace: a\n', 2],
    ['a duplicate key', 'pack:\n  namespace: a\n  namespace: b\n', 3],
    ['two documents', 'a: 1\n---\nb: 2\n', 2],
  ])('reports %s at its line', async (_name, values, line) => {
    expectFindings(await lint(values), [{ ruleId: 'pack-values/syntax', severity: 'error', file: 'values.yaml', line }])
  })
})
