import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, VALID_PACK_JSON, lintWithRule, withFiles } from '../../../testing/packFixtures'
import type { FindingLocation } from '../../../testing/packFixtures'
import type { LintMode } from '../../types'
import { dependenciesRule } from './dependencies'
import { expectFindings } from '../../../testing/expectFindings'

const RULE = 'pack-json/dependencies'
const packWith = (packJson: object | string) => withFiles(VALID_ADDON_PACK, { 'pack.json': packJson })
const found = (severity: FindingLocation['severity'], location: { line?: number; pointer?: string }): FindingLocation => ({ ruleId: RULE, severity, file: 'pack.json', ...location })
const MODES: readonly LintMode[] = ['author', 'import']

// pack.json lines: 13 "constraints", 14 "dependencies", 15 the first entry's "{", 16.. its keys in order.
const withDependencies = (...dependencies: unknown[]) => packWith({ ...VALID_PACK_JSON, constraints: { dependencies } })
const K8S = { packName: 'kubernetes', layer: 'k8s', type: 'optional' }

describe(RULE, () => {
  it.each<[string, unknown[]]>([
    ['no dependencies', []],
    ['an open lower bound', [{ ...K8S, minVersion: '1.27', maxVersion: '' }]],
    ['an open upper bound', [{ ...K8S, minVersion: '', maxVersion: '1.21.10' }]],
    ['two-part bounds in order', [{ ...K8S, minVersion: '1.27', maxVersion: '1.27.5' }]],
    ['equal bounds', [{ ...K8S, minVersion: '1.2.3', maxVersion: '1.2.3' }]],
    ['an upgrade self-reference', [{ packName: 'hello-app', layer: 'addon', minVersion: '1.0.0', type: 'upgrade' }]],
  ])('accepts %s', async (_label, dependencies) => {
    for (const mode of MODES) expectFindings(await lintWithRule(dependenciesRule, withDependencies(...dependencies), mode), [])
  })

  it.each<[string, unknown, LintMode, FindingLocation[]]>([
    ['a string entry', 'kubernetes', 'import', [found('error', { pointer: '/constraints/dependencies/0', line: 15 })]],
    ['a missing packName', { layer: 'k8s', type: 'optional' }, 'import', [found('error', { pointer: '/constraints/dependencies/0', line: 15 })]],
    ['an empty packName', { ...K8S, packName: '' }, 'author', [found('error', { pointer: '/constraints/dependencies/0/packName', line: 16 })]],
    ['a missing type (author)', { packName: 'kubernetes', layer: 'k8s' }, 'author', [found('error', { pointer: '/constraints/dependencies/0', line: 15 })]],
    ['a missing type (import)', { packName: 'kubernetes', layer: 'k8s' }, 'import', [found('warning', { pointer: '/constraints/dependencies/0', line: 15 })]],
    ['a missing layer (import)', { packName: 'kubernetes', type: 'optional' }, 'import', [found('warning', { pointer: '/constraints/dependencies/0', line: 15 })]],
    ['an unknown layer', { ...K8S, layer: 'kubernetes' }, 'import', [found('error', { pointer: '/constraints/dependencies/0/layer', line: 17 })]],
    ['an unknown type', { ...K8S, type: 'recommended' }, 'import', [found('error', { pointer: '/constraints/dependencies/0/type', line: 18 })]],
    ['a numeric bound', { ...K8S, minVersion: 1.27 }, 'import', [found('error', { pointer: '/constraints/dependencies/0/minVersion', line: 19 })]],
    ['an unreadable bound', { ...K8S, maxVersion: 'latest' }, 'author', [found('warning', { pointer: '/constraints/dependencies/0/maxVersion', line: 19 })]],
    ['min above max', { ...K8S, minVersion: '1.28', maxVersion: '1.27.9' }, 'import', [found('error', { pointer: '/constraints/dependencies/0/minVersion', line: 19 })]],
  ])('reports %s', async (_label, dependency, mode, expected) => {
    expectFindings(await lintWithRule(dependenciesRule, withDependencies(dependency), mode), expected)
  })
})
