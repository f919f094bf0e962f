import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, VALID_PACK_JSON, lintWithRule, withFiles } from '../../../testing/packFixtures'
import type { FindingLocation } from '../../../testing/packFixtures'
import type { LintMode } from '../../types'
import { upgradeDependencyRule } from './upgrade-dependency'
import { expectFindings } from '../../../testing/expectFindings'

const RULE = 'pack-json/upgrade-dependency'
const packWith = (packJson: object | string) => withFiles(VALID_ADDON_PACK, { 'pack.json': packJson })
const found = (severity: FindingLocation['severity'], location: { line?: number; pointer?: string }): FindingLocation => ({ ruleId: RULE, severity, file: 'pack.json', ...location })
const MODES: readonly LintMode[] = ['author', 'import']

const withDependencies = (...dependencies: unknown[]) => packWith({ ...VALID_PACK_JSON, constraints: { dependencies } })

describe(RULE, () => {
  it.each<[string, unknown[]]>([
    ['a self-reference', [{ packName: 'hello-app', layer: 'addon', maxVersion: '2.0.0', type: 'upgrade' }]],
    ['another pack with another type', [{ packName: 'kubernetes', layer: 'k8s', type: 'required' }]],
    ['a malformed entry', ['upgrade']],
  ])('says nothing about %s', async (_label, dependencies) => {
    for (const mode of MODES) expectFindings(await lintWithRule(upgradeDependencyRule, withDependencies(...dependencies), mode), [])
  })

  it('warns about an upgrade dependency on another pack in both modes', async () => {
    const files = withDependencies({ packName: 'kubernetes', layer: 'k8s', type: 'required' }, { packName: 'argo-cd', layer: 'addon', type: 'upgrade' })
    // Second entry: its "{" is on line 20, its packName on line 21.
    for (const mode of MODES) {
      expectFindings(await lintWithRule(upgradeDependencyRule, files, mode), [found('warning', { pointer: '/constraints/dependencies/1/packName', line: 21 })])
    }
  })
})
