import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, VALID_PACK_JSON, lintWithRule, withFiles } from '../../../testing/packFixtures'
import type { FindingLocation } from '../../../testing/packFixtures'
import type { LintMode } from '../../types'
import { addonTypeEnumRule } from './addon-type-enum'
import { expectFindings } from '../../../testing/expectFindings'

const RULE = 'pack-json/addon-type-enum'
const packWith = (packJson: object | string) => withFiles(VALID_ADDON_PACK, { 'pack.json': packJson })
const found = (severity: FindingLocation['severity'], location: { line?: number; pointer?: string }): FindingLocation => ({ ruleId: RULE, severity, file: 'pack.json', ...location })
const MODES: readonly LintMode[] = ['author', 'import']

describe(RULE, () => {
  it.each(['system app', 'app services', 'load balancer', 'servicemesh', '', 42])('accepts or leaves to other rules %j', async (addonType) => {
    for (const mode of MODES) expectFindings(await lintWithRule(addonTypeEnumRule, packWith({ ...VALID_PACK_JSON, addonType }), mode), [])
  })

  it.each(['app-services', 'System App', 'database'])('warns about %j in both modes', async (addonType) => {
    for (const mode of MODES) {
      expectFindings(await lintWithRule(addonTypeEnumRule, packWith({ ...VALID_PACK_JSON, addonType }), mode), [found('warning', { pointer: '/addonType', line: 6 })])
    }
  })
})
