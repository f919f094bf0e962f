import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, VALID_PACK_JSON, lintWithRule, withFiles } from '../../../testing/packFixtures'
import type { FindingLocation } from '../../../testing/packFixtures'
import type { LintMode } from '../../types'
import { cloudTypeSingularRule } from './cloud-type-singular'
import { expectFindings } from '../../../testing/expectFindings'

const RULE = 'pack-json/cloud-type-singular'
const packWith = (packJson: object | string) => withFiles(VALID_ADDON_PACK, { 'pack.json': packJson })
const found = (severity: FindingLocation['severity'], location: { line?: number; pointer?: string }): FindingLocation => ({ ruleId: RULE, severity, file: 'pack.json', ...location })
const MODES: readonly LintMode[] = ['author', 'import']

describe(RULE, () => {
  it.each(MODES)('says nothing without cloudType in %s mode', async (mode) => {
    expectFindings(await lintWithRule(cloudTypeSingularRule, VALID_ADDON_PACK, mode), [])
  })

  it.each<[string, unknown, FindingLocation[]]>([
    ['a known cloud', 'all', [found('warning', { pointer: '/cloudType', line: 13 })]],
    ['an unknown cloud', 'gke', [found('error', { pointer: '/cloudType', line: 13 })]],
    ['a list', ['all'], [found('error', { pointer: '/cloudType', line: 13 })]],
  ])('reports %s in both modes', async (_label, cloudType, expected) => {
    for (const mode of MODES) expectFindings(await lintWithRule(cloudTypeSingularRule, packWith({ ...VALID_PACK_JSON, cloudType }), mode), expected)
  })
})
