import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, VALID_PACK_JSON, lintWithRule, withFiles } from '../../../testing/packFixtures'
import type { FindingLocation } from '../../../testing/packFixtures'
import type { LintMode } from '../../types'
import { versionPrefixRule } from './version-prefix'
import { expectFindings } from '../../../testing/expectFindings'

const RULE = 'pack-json/version-prefix'
const packWith = (packJson: object | string) => withFiles(VALID_ADDON_PACK, { 'pack.json': packJson })
const found = (severity: FindingLocation['severity'], location: { line?: number; pointer?: string }): FindingLocation => ({ ruleId: RULE, severity, file: 'pack.json', ...location })
const MODES: readonly LintMode[] = ['author', 'import']

describe(RULE, () => {
  it.each(['1.0.0', '1.5', '0.30.0-5.5.2026', 'latest-v2', 5])('accepts %j', async (version) => {
    for (const mode of MODES) expectFindings(await lintWithRule(versionPrefixRule, packWith({ ...VALID_PACK_JSON, version }), mode), [])
  })

  it.each<[string, LintMode, FindingLocation['severity']]>([
    ['v1.12.0', 'author', 'error'],
    ['v1.12.0', 'import', 'warning'],
    ['V2.0.0', 'author', 'error'],
  ])('reports %s in %s mode', async (version, mode, severity) => {
    expectFindings(await lintWithRule(versionPrefixRule, packWith({ ...VALID_PACK_JSON, version }), mode), [found(severity, { pointer: '/version', line: 4 })])
  })
})
