import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, lintWithRule, withFiles } from '../../../testing/packFixtures'
import { packJsonMissing } from './pack-json-missing'
import { expectFindings } from '../../../testing/expectFindings'

describe('files/pack-json-missing', () => {
  it.each([
    ['the valid pack', VALID_ADDON_PACK],
    ['a pack.json that is not JSON (another rule reports it)', withFiles(VALID_ADDON_PACK, { 'pack.json': '{,' })],
  ])('has nothing to say about %s', async (_label, files) => {
    expectFindings(await lintWithRule(packJsonMissing, files), [])
  })

  it.each([
    ['no pack.json', { 'pack.json': undefined }],
    ['a pack.json one folder too deep', { 'pack.json': undefined, 'inner/pack.json': '{}' }],
  ])('flags %s', async (_label, changes) => {
    expectFindings(await lintWithRule(packJsonMissing, withFiles(VALID_ADDON_PACK, changes), 'import'), [
      { ruleId: 'files/pack-json-missing', severity: 'error', file: 'pack.json' },
    ])
  })
})
