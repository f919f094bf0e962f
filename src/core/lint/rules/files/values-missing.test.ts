import { describe, expect, it } from 'vitest'
import { VALID_ADDON_PACK, locateFindings, withFiles } from '../../../testing/packFixtures'
import { valuesMissing } from './values-missing'

describe('files/values-missing', () => {
  it.each([
    ['the valid pack', VALID_ADDON_PACK],
    ['an empty values.yaml', withFiles(VALID_ADDON_PACK, { 'values.yaml': '' })],
    ['an invalid values.yaml (another rule reports it)', withFiles(VALID_ADDON_PACK, { 'values.yaml': 'a: [' })],
  ])('has nothing to say about %s', async (_label, files) => {
    expect(await locateFindings(valuesMissing, files)).toEqual([])
  })

  it.each(['author', 'import'] as const)('flags a missing values.yaml in %s mode', async (mode) => {
    expect(await locateFindings(valuesMissing, withFiles(VALID_ADDON_PACK, { 'values.yaml': undefined }), mode)).toEqual([
      { ruleId: 'files/values-missing', severity: 'error', file: 'values.yaml' },
    ])
  })
})
