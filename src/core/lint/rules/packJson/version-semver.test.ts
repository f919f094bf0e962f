import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, VALID_PACK_JSON, lintWithRule, withFiles } from '../../../testing/packFixtures'
import type { FindingLocation } from '../../../testing/packFixtures'
import type { LintMode } from '../../types'
import { versionSemverRule } from './version-semver'
import { expectFindings } from '../../../testing/expectFindings'

const RULE = 'pack-json/version-semver'
const packWith = (packJson: object | string) => withFiles(VALID_ADDON_PACK, { 'pack.json': packJson })
const found = (severity: FindingLocation['severity'], location: { line?: number; pointer?: string }): FindingLocation => ({ ruleId: RULE, severity, file: 'pack.json', ...location })
const MODES: readonly LintMode[] = ['author', 'import']

describe(RULE, () => {
  it.each(['1.0.0', '2.0.1-up.1', '0.30.0-5.5.2026', '23.07.1', 'v1.12.0', '', 7])('accepts or leaves to other rules %j', async (version) => {
    for (const mode of MODES) expectFindings(await lintWithRule(versionSemverRule, packWith({ ...VALID_PACK_JSON, version }), mode), [])
  })

  it.each(['1.5', '1.2.3.4', 'latest', '=1.2.3', '1.2.3+build.1x!'])('warns about %j in both modes', async (version) => {
    for (const mode of MODES) {
      expectFindings(await lintWithRule(versionSemverRule, packWith({ ...VALID_PACK_JSON, version }), mode), [found('warning', { pointer: '/version', line: 4 })])
    }
  })
})
