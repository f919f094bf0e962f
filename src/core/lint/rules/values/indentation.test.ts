import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, lintWithRule, withFiles } from '../../../testing/packFixtures'
import { indentation } from './indentation'
import { expectFindings } from '../../../testing/expectFindings'

const lint = (values: string) => lintWithRule(indentation, withFiles(VALID_ADDON_PACK, { 'values.yaml': values }))

describe('pack-values/indentation', () => {
  it.each([
    ['the valid pack', VALID_ADDON_PACK['values.yaml'] as string],
    ['odd indentation inside a block scalar', 'charts:\n  app:\n    script: |\n       echo   one\n         echo two\n'],
    ['odd indentation of a comment', 'pack:\n   # note\n  namespace: a\n'],
    ['a folded plain scalar', 'pack:\n  description: one\n   two\n'],
    ['a multi-line flow list', 'pack:\n  list: [a,\n     b]\n'],
  ])('accepts %s', async (_name, values) => {
    expectFindings(await lint(values), [])
  })

  it.each([
    ['a tab', 'pack:\n\tnamespace: a\n', 2],
    ['three spaces', 'pack:\n   namespace: a\n', 2],
    ['an odd list indent', 'pack:\n  content:\n    images:\n     - image: a\n', 4],
  ])('warns on %s', async (_name, values, line) => {
    expectFindings(await lint(values), [{ ruleId: 'pack-values/indentation', severity: 'warning', file: 'values.yaml', line }])
  })

  it('sums up after ten lines', async () => {
    const values = 'pack:\n' + Array.from({ length: 12 }, (_, index) => ` k${index}: 1\n`).join('')
    const lines = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
    expectFindings(await lint(values), lines.map((line) => ({ ruleId: 'pack-values/indentation', severity: 'warning', file: 'values.yaml', line })))
  })
})
