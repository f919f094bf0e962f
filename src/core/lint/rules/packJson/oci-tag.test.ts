import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, VALID_PACK_JSON, lintWithRule, withFiles } from '../../../testing/packFixtures'
import type { FindingLocation } from '../../../testing/packFixtures'
import type { LintMode } from '../../types'
import { ociTagRule } from './oci-tag'
import { expectFindings } from '../../../testing/expectFindings'

const RULE = 'pack-json/oci-tag'
const packWith = (packJson: object | string) => withFiles(VALID_ADDON_PACK, { 'pack.json': packJson })
const found = (severity: FindingLocation['severity'], location: { line?: number; pointer?: string }): FindingLocation => ({ ruleId: RULE, severity, file: 'pack.json', ...location })
const MODES: readonly LintMode[] = ['author', 'import']

describe(RULE, () => {
  it.each(['1.0.0', 'v1.12.0', '_1', '0.30.0-5.5.2026', 'A'.repeat(128), '', false])('accepts or leaves to other rules %j', async (version) => {
    for (const mode of MODES) expectFindings(await lintWithRule(ociTagRule, packWith({ ...VALID_PACK_JSON, version }), mode), [])
  })

  it.each<[string, LintMode, FindingLocation['severity']]>([
    ['1.2.3+build.1', 'author', 'error'],
    ['1.2.3+build.1', 'import', 'warning'],
    ['.1.2', 'author', 'error'],
    ['-rc1', 'import', 'warning'],
    ['1.0 beta', 'author', 'error'],
    ['A'.repeat(129), 'author', 'error'],
  ])('reports %j in %s mode', async (version, mode, severity) => {
    expectFindings(await lintWithRule(ociTagRule, packWith({ ...VALID_PACK_JSON, version }), mode), [found(severity, { pointer: '/version', line: 4 })])
  })
})
