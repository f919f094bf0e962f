import { describe, expect, it } from 'vitest'
import { TINY_PNG, VALID_ADDON_PACK, locateFindings, withFiles } from '../../../testing/packFixtures'
import { logoMissing } from './logo-missing'

describe('files/logo-missing', () => {
  it('has nothing to say when logo.png exists', async () => {
    expect(await locateFindings(logoMissing, VALID_ADDON_PACK)).toEqual([])
  })

  it.each([
    ['author', withFiles(VALID_ADDON_PACK, { 'logo.png': undefined })],
    ['import', withFiles(VALID_ADDON_PACK, { 'logo.png': undefined })],
    ['import', withFiles(VALID_ADDON_PACK, { 'logo.png': undefined, 'logo.PNG': TINY_PNG })],
    ['author', withFiles(VALID_ADDON_PACK, { 'logo.png': undefined, 'images/logo.png': TINY_PNG })],
  ] as const)('flags a missing logo in %s mode', async (mode, files) => {
    expect(await locateFindings(logoMissing, files, mode)).toEqual([{ ruleId: 'files/logo-missing', severity: 'error', file: 'logo.png' }])
  })
})
