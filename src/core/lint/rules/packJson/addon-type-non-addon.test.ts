import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, VALID_PACK_JSON, lintWithRule, withFiles } from '../../../testing/packFixtures'
import type { FindingLocation } from '../../../testing/packFixtures'
import type { LintMode } from '../../types'
import { addonTypeNonAddonRule } from './addon-type-non-addon'
import { expectFindings } from '../../../testing/expectFindings'

const RULE = 'pack-json/addon-type-non-addon'
const packWith = (packJson: object | string) => withFiles(VALID_ADDON_PACK, { 'pack.json': packJson })
const found = (severity: FindingLocation['severity'], location: { line?: number; pointer?: string }): FindingLocation => ({ ruleId: RULE, severity, file: 'pack.json', ...location })
const MODES: readonly LintMode[] = ['author', 'import']

const withoutAddonType = Object.fromEntries(Object.entries(VALID_PACK_JSON).filter(([key]) => key !== 'addonType'))

describe(RULE, () => {
  it.each<[string, object]>([
    ['an add-on pack', VALID_PACK_JSON],
    ['a csi pack without addonType', { ...withoutAddonType, layer: 'csi' }],
    ['an unknown layer (pack-json/layer)', { ...VALID_PACK_JSON, layer: 'app' }],
  ])('says nothing about %s', async (_label, packJson) => {
    for (const mode of MODES) expectFindings(await lintWithRule(addonTypeNonAddonRule, packWith(packJson), mode), [])
  })

  it.each<[LintMode, FindingLocation['severity']]>([
    ['author', 'warning'],
    ['import', 'info'],
  ])('reports addonType on a cni pack in %s mode', async (mode, severity) => {
    expectFindings(await lintWithRule(addonTypeNonAddonRule, packWith({ ...VALID_PACK_JSON, layer: 'cni' }), mode), [found(severity, { pointer: '/addonType', line: 6 })])
  })
})
