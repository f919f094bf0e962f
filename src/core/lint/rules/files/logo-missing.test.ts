import { describe, it } from 'vitest'
import { TINY_PNG, VALID_ADDON_PACK, lintWithRule, withFiles } from '../../../testing/packFixtures'
import { logoMissing } from './logo-missing'
import { expectFindings } from '../../../testing/expectFindings'

describe('files/logo-missing', () => {
  it('has nothing to say when logo.png exists', async () => {
    expectFindings(await lintWithRule(logoMissing, VALID_ADDON_PACK), [])
  })

  it.each([
    ['author', withFiles(VALID_ADDON_PACK, { 'logo.png': undefined })],
    ['import', withFiles(VALID_ADDON_PACK, { 'logo.png': undefined })],
    ['import', withFiles(VALID_ADDON_PACK, { 'logo.png': undefined, 'logo.PNG': TINY_PNG })],
    ['author', withFiles(VALID_ADDON_PACK, { 'logo.png': undefined, 'images/logo.png': TINY_PNG })],
  ] as const)('flags a missing logo in %s mode', async (mode, files) => {
    expectFindings(await lintWithRule(logoMissing, files, mode), [{ ruleId: 'files/logo-missing', severity: 'error', file: 'logo.png' }])
  })
})
