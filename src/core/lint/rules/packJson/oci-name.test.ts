import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, VALID_PACK_JSON, lintWithRule, withFiles } from '../../../testing/packFixtures'
import type { FindingLocation } from '../../../testing/packFixtures'
import type { LintMode } from '../../types'
import { ociNameRule } from './oci-name'
import { expectFindings } from '../../../testing/expectFindings'

const RULE = 'pack-json/oci-name'
const packWith = (packJson: object | string) => withFiles(VALID_ADDON_PACK, { 'pack.json': packJson })
const found = (severity: FindingLocation['severity'], location: { line?: number; pointer?: string }): FindingLocation => ({ ruleId: RULE, severity, file: 'pack.json', ...location })
const MODES: readonly LintMode[] = ['author', 'import']

describe(RULE, () => {
  it.each(['hello-app', 'nvidia.gpu_operator', 'a__b', 'a--b', 'x9', '', 3])('accepts or leaves to other rules %j', async (name) => {
    for (const mode of MODES) expectFindings(await lintWithRule(ociNameRule, packWith({ ...VALID_PACK_JSON, name }), mode), [])
  })

  it.each<[string, LintMode, FindingLocation['severity']]>([
    ['Hello-App', 'author', 'error'],
    ['Hello-App', 'import', 'warning'],
    ['hello app', 'author', 'error'],
    ['-hello', 'author', 'error'],
    ['hello_', 'import', 'warning'],
    ['a___b', 'author', 'error'],
  ])('reports %j in %s mode', async (name, mode, severity) => {
    expectFindings(await lintWithRule(ociNameRule, packWith({ ...VALID_PACK_JSON, name }), mode), [found(severity, { pointer: '/name', line: 2 })])
  })
})
