import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, lintWithRule, withFiles } from '../../../testing/packFixtures'
import { readmeMissing } from './readme-missing'
import { expectFindings } from '../../../testing/expectFindings'

describe('files/readme-missing', () => {
  it('has nothing to say when README.md exists', async () => {
    expectFindings(await lintWithRule(readmeMissing, VALID_ADDON_PACK), [])
  })

  it.each([
    ['no readme', { 'README.md': undefined }],
    ['a lower-case readme.md', { 'README.md': undefined, 'readme.md': '# x' }],
  ])('warns about %s', async (_label, changes) => {
    expectFindings(await lintWithRule(readmeMissing, withFiles(VALID_ADDON_PACK, changes)), [
      { ruleId: 'files/readme-missing', severity: 'warning', file: 'README.md' },
    ])
  })
})
