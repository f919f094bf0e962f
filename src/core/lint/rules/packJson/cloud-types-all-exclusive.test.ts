import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, VALID_PACK_JSON, lintWithRule, withFiles } from '../../../testing/packFixtures'
import type { LintMode } from '../../types'
import { cloudTypesAllExclusiveRule } from './cloud-types-all-exclusive'
import { expectFindings } from '../../../testing/expectFindings'

const RULE = 'pack-json/cloud-types-all-exclusive'
const withClouds = (cloudTypes: unknown) => withFiles(VALID_ADDON_PACK, { 'pack.json': { ...VALID_PACK_JSON, cloudTypes } })
const MODES: readonly LintMode[] = ['author', 'import']

describe(RULE, () => {
  it.each<[string, unknown]>([
    ['only "all"', ['all']],
    ['specific clouds', ['aws', 'azure']],
    ['no list', 'all'],
  ])('says nothing about %s', async (_label, cloudTypes) => {
    for (const mode of MODES) expectFindings(await lintWithRule(cloudTypesAllExclusiveRule, withClouds(cloudTypes), mode), [])
  })

  it('warns on the "all" entry when other clouds are listed too', async () => {
    // pack.json lines: 1 "{", 2 name, 3 displayName, 4 version, 5 layer, 6 addonType, 7 "cloudTypes": [, 8 "aws", 9 "all".
    for (const mode of MODES) {
      expectFindings(await lintWithRule(cloudTypesAllExclusiveRule, withClouds(['aws', 'all']), mode), [
        { ruleId: RULE, severity: 'warning', file: 'pack.json', pointer: '/cloudTypes/1', line: 9 },
      ])
    }
  })
})
