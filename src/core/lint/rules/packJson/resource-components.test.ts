import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, VALID_PACK_JSON, lintWithRule, withFiles } from '../../../testing/packFixtures'
import type { FindingLocation } from '../../../testing/packFixtures'
import type { LintMode } from '../../types'
import { resourceComponentsRule } from './resource-components'
import { expectFindings } from '../../../testing/expectFindings'

const RULE = 'pack-json/resource-components'
const found = (severity: FindingLocation['severity'], location: { line?: number; pointer?: string }): FindingLocation => ({ ruleId: RULE, severity, file: 'pack.json', ...location })
const MODES: readonly LintMode[] = ['author', 'import']
const VALUES = 'manifests:\n  hello-app:\n    replicas: 2\n    requests:\n      cpu: 250m\n      labels: { a: b }\n'
// pack.json lines: 13 constraints, 14 resources, 15 "{", 16 type, 17 components, 18 the first component's "{", 19.. its keys.
// `null` removes values.yaml.
const withComponents = (components: unknown, values: string | null = VALUES) =>
  withFiles(VALID_ADDON_PACK, { 'pack.json': { ...VALID_PACK_JSON, constraints: { resources: [{ type: 'cpu', components }] } }, 'values.yaml': values ?? undefined })
const AT = '/constraints/resources/0/components/0'

describe(RULE, () => {
  it.each<[string, unknown, string | null]>([
    ['refs that resolve', [{ scheduleType: 'worker', resourceRequestParamRef: 'manifests.hello-app.requests.cpu', replicaCountParamRef: 'manifests.hello-app.replicas' }], VALUES],
    ['master and all', [{ scheduleType: 'master' }, { scheduleType: 'all' }], VALUES],
    ['refs with no values.yaml', [{ scheduleType: 'all', resourceRequestParamRef: 'nowhere' }], null],
    ['refs with a broken values.yaml', [{ scheduleType: 'all', resourceRequestParamRef: 'nowhere' }], 'a: [\n'],
  ])('accepts %s', async (_label, components, values) => {
    for (const mode of MODES) expectFindings(await lintWithRule(resourceComponentsRule, withComponents(components, values), mode), [])
  })

  it.each<[string, unknown, FindingLocation[]]>([
    ['components that are not a list', { scheduleType: 'all' }, [found('error', { pointer: '/constraints/resources/0/components', line: 17 })]],
    ['a string component', ['worker'], [found('error', { pointer: AT, line: 18 })]],
    ['a missing scheduleType', [{ replicaCountParamRef: 'manifests.hello-app.replicas' }], [found('error', { pointer: AT, line: 18 })]],
    ['control-plane', [{ scheduleType: 'control-plane' }], [found('warning', { pointer: `${AT}/scheduleType`, line: 19 })]],
    ['an unknown scheduleType', [{ scheduleType: 'gpu' }], [found('error', { pointer: `${AT}/scheduleType`, line: 19 })]],
    ['a numeric ref', [{ scheduleType: 'all', replicaCountParamRef: 2 }], [found('error', { pointer: `${AT}/replicaCountParamRef`, line: 20 })]],
    ['a ref missing from values.yaml', [{ scheduleType: 'all', resourceRequestParamRef: 'requests.cpu' }], [found('warning', { pointer: `${AT}/resourceRequestParamRef`, line: 20 })]],
    ['a ref to a map', [{ scheduleType: 'all', resourceRequestParamRef: 'manifests.hello-app.requests' }], [found('warning', { pointer: `${AT}/resourceRequestParamRef`, line: 20 })]],
  ])('reports %s in both modes', async (_label, components, expected) => {
    for (const mode of MODES) expectFindings(await lintWithRule(resourceComponentsRule, withComponents(components), mode), expected)
  })
})
