import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, VALID_PACK_JSON, lintWithRule, withFiles } from '../../../testing/packFixtures'
import type { FindingLocation } from '../../../testing/packFixtures'
import type { LintMode } from '../../types'
import { unknownKeysRule } from './unknown-keys'
import { expectFindings } from '../../../testing/expectFindings'

const RULE = 'pack-json/unknown-keys'
const packWith = (packJson: object | string) => withFiles(VALID_ADDON_PACK, { 'pack.json': packJson })
const found = (severity: FindingLocation['severity'], location: { line?: number; pointer?: string }): FindingLocation => ({ ruleId: RULE, severity, file: 'pack.json', ...location })
const MODES: readonly LintMode[] = ['author', 'import']

describe(RULE, () => {
  it.each<[string, object]>([
    ['the valid fixture', VALID_PACK_JSON],
    ['keys other rules cover', { ...VALID_PACK_JSON, cloudType: 'all', KubeManifests: [] }],
  ])('says nothing about %s', async (_label, packJson) => {
    for (const mode of MODES) expectFindings(await lintWithRule(unknownKeysRule, packWith(packJson), mode), [])
  })

  it.each<[string, object, LintMode, FindingLocation[]]>([
    ['commit_msg (author)', { ...VALID_PACK_JSON, commit_msg: 'x' }, 'author', [found('warning', { pointer: '/commit_msg', line: 13 })]],
    ['commit_msg (import)', { ...VALID_PACK_JSON, commit_msg: 'x' }, 'import', [found('info', { pointer: '/commit_msg', line: 13 })]],
    ['ansibleRoles (author: not emitted)', { ...VALID_PACK_JSON, ansibleRoles: [] }, 'author', [found('warning', { pointer: '/ansibleRoles', line: 13 })]],
    ['ansibleRoles (import: in the official schema)', { ...VALID_PACK_JSON, ansibleRoles: [] }, 'import', []],
  ])('reports %s', async (_label, packJson, mode, expected) => {
    expectFindings(await lintWithRule(unknownKeysRule, packWith(packJson), mode), expected)
  })
})
