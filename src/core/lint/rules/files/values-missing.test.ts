import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, lintWithRule, withFiles } from '../../../testing/packFixtures'
import { valuesMissing } from './values-missing'
import { expectFindings } from '../../../testing/expectFindings'

describe('files/values-missing', () => {
  it.each([
    ['the valid pack', VALID_ADDON_PACK],
    ['an empty values.yaml', withFiles(VALID_ADDON_PACK, { 'values.yaml': '' })],
    ['an invalid values.yaml (another rule reports it)', withFiles(VALID_ADDON_PACK, { 'values.yaml': 'a: [' })],
  ])('has nothing to say about %s', async (_label, files) => {
    expectFindings(await lintWithRule(valuesMissing, files), [])
  })

  it.each(['author', 'import'] as const)('flags a missing values.yaml in %s mode', async (mode) => {
    expectFindings(await lintWithRule(valuesMissing, withFiles(VALID_ADDON_PACK, { 'values.yaml': undefined }), mode), [
      { ruleId: 'files/values-missing', severity: 'error', file: 'values.yaml' },
    ])
  })
})
