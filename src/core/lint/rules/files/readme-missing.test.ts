import { describe, expect, it } from 'vitest'
import { VALID_ADDON_PACK, locateFindings, withFiles } from '../../../testing/packFixtures'
import { readmeMissing } from './readme-missing'

describe('files/readme-missing', () => {
  it('has nothing to say when README.md exists', async () => {
    expect(await locateFindings(readmeMissing, VALID_ADDON_PACK)).toEqual([])
  })

  it.each([
    ['no readme', { 'README.md': undefined }],
    ['a lower-case readme.md', { 'README.md': undefined, 'readme.md': '# x' }],
  ])('warns about %s', async (_label, changes) => {
    expect(await locateFindings(readmeMissing, withFiles(VALID_ADDON_PACK, changes))).toEqual([
      { ruleId: 'files/readme-missing', severity: 'warning', file: 'README.md' },
    ])
  })
})
