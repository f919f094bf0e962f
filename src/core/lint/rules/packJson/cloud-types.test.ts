import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, VALID_PACK_JSON, lintWithRule, withFiles } from '../../../testing/packFixtures'
import type { FindingLocation } from '../../../testing/packFixtures'
import type { LintMode } from '../../types'
import { cloudTypesRule } from './cloud-types'
import { expectFindings } from '../../../testing/expectFindings'

const RULE = 'pack-json/cloud-types'
const packWith = (packJson: object | string) => withFiles(VALID_ADDON_PACK, { 'pack.json': packJson })
const found = (severity: FindingLocation['severity'], location: { line?: number; pointer?: string }): FindingLocation => ({ ruleId: RULE, severity, file: 'pack.json', ...location })
const MODES: readonly LintMode[] = ['author', 'import']

const withoutCloudTypes = Object.fromEntries(Object.entries(VALID_PACK_JSON).filter(([key]) => key !== 'cloudTypes'))

describe(RULE, () => {
  it.each([[['all']], [['aws', 'azure']], [['edge-native', 'libvirt', 'coxedge']]])('accepts %j', async (cloudTypes) => {
    for (const mode of MODES) expectFindings(await lintWithRule(cloudTypesRule, packWith({ ...VALID_PACK_JSON, cloudTypes }), mode), [])
  })

  it.each<[string, object, LintMode, FindingLocation[]]>([
    ['missing (author)', withoutCloudTypes, 'author', [found('error', { pointer: '', line: 1 })]],
    ['missing (import)', withoutCloudTypes, 'import', [found('warning', { pointer: '', line: 1 })]],
    ['empty (author)', { ...VALID_PACK_JSON, cloudTypes: [] }, 'author', [found('error', { pointer: '/cloudTypes', line: 7 })]],
    ['empty (import)', { ...VALID_PACK_JSON, cloudTypes: [] }, 'import', [found('warning', { pointer: '/cloudTypes', line: 7 })]],
    ['a string (author)', { ...VALID_PACK_JSON, cloudTypes: 'all' }, 'author', [found('error', { pointer: '/cloudTypes', line: 7 })]],
    ['a string (import)', { ...VALID_PACK_JSON, cloudTypes: 'all' }, 'import', [found('error', { pointer: '/cloudTypes', line: 7 })]],
    ['custom (author)', { ...VALID_PACK_JSON, cloudTypes: ['all', 'custom'] }, 'author', [found('error', { pointer: '/cloudTypes/1', line: 9 })]],
    ['tencent (import)', { ...VALID_PACK_JSON, cloudTypes: ['tencent'] }, 'import', [found('warning', { pointer: '/cloudTypes/0', line: 8 })]],
    ['gke (import)', { ...VALID_PACK_JSON, cloudTypes: ['gke'] }, 'import', [found('warning', { pointer: '/cloudTypes/0', line: 8 })]],
    ['a number item', { ...VALID_PACK_JSON, cloudTypes: [3] }, 'import', [found('error', { pointer: '/cloudTypes/0', line: 8 })]],
    ['a repeat', { ...VALID_PACK_JSON, cloudTypes: ['aws', 'aws'] }, 'author', [found('warning', { pointer: '/cloudTypes/1', line: 9 })]],
  ])('reports %s', async (_label, packJson, mode, expected) => {
    expectFindings(await lintWithRule(cloudTypesRule, packWith(packJson), mode), expected)
  })
})
