import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, VALID_PACK_JSON, lintWithRule, withFiles } from '../../../testing/packFixtures'
import type { FindingLocation } from '../../../testing/packFixtures'
import type { LintMode } from '../../types'
import { addonTypeRequiredRule } from './addon-type-required'
import { expectFindings } from '../../../testing/expectFindings'

const RULE = 'pack-json/addon-type-required'
const packWith = (packJson: object | string) => withFiles(VALID_ADDON_PACK, { 'pack.json': packJson })
const found = (severity: FindingLocation['severity'], location: { line?: number; pointer?: string }): FindingLocation => ({ ruleId: RULE, severity, file: 'pack.json', ...location })
const MODES: readonly LintMode[] = ['author', 'import']

const withoutAddonType = Object.fromEntries(Object.entries(VALID_PACK_JSON).filter(([key]) => key !== 'addonType'))

describe(RULE, () => {
  it.each<[string, object]>([
    ['an add-on with a type', VALID_PACK_JSON],
    ['an add-on with an unusual type (pack-json/addon-type-enum)', { ...VALID_PACK_JSON, addonType: 'app-services' }],
    ['a csi pack without a type', { ...withoutAddonType, layer: 'csi' }],
  ])('says nothing about %s', async (_label, packJson) => {
    for (const mode of MODES) expectFindings(await lintWithRule(addonTypeRequiredRule, packWith(packJson), mode), [])
  })

  it.each<[string, object, LintMode, FindingLocation[]]>([
    ['a missing type (author)', withoutAddonType, 'author', [found('error', { pointer: '/addonType', line: 5 })]],
    ['a missing type (import)', withoutAddonType, 'import', [found('warning', { pointer: '/addonType', line: 5 })]],
    ['a blank type (author)', { ...VALID_PACK_JSON, addonType: ' ' }, 'author', [found('error', { pointer: '/addonType', line: 6 })]],
    ['a blank type (import)', { ...VALID_PACK_JSON, addonType: '' }, 'import', [found('warning', { pointer: '/addonType', line: 6 })]],
  ])('reports %s', async (_label, packJson, mode, expected) => {
    expectFindings(await lintWithRule(addonTypeRequiredRule, packWith(packJson), mode), expected)
  })
})
