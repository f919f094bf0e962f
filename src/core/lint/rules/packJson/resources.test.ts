import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, VALID_PACK_JSON, lintWithRule, withFiles } from '../../../testing/packFixtures'
import type { FindingLocation } from '../../../testing/packFixtures'
import type { LintMode } from '../../types'
import { resourcesRule } from './resources'
import { expectFindings } from '../../../testing/expectFindings'

const RULE = 'pack-json/resources'
const packWith = (packJson: object | string) => withFiles(VALID_ADDON_PACK, { 'pack.json': packJson })
const found = (severity: FindingLocation['severity'], location: { line?: number; pointer?: string }): FindingLocation => ({ ruleId: RULE, severity, file: 'pack.json', ...location })
const MODES: readonly LintMode[] = ['author', 'import']

// pack.json lines: 13 "constraints", 14 "resources", 15 the first entry's "{", 16 "type", 17 "minLimit".
const withResources = (...resources: unknown[]) => packWith({ ...VALID_PACK_JSON, constraints: { resources } })

describe(RULE, () => {
  it.each<[string, unknown[]]>([
    ['the documented examples', [{ type: 'cpu', minLimit: 2000 }, { type: 'memory', minLimit: 2048 }, { type: 'diskSize', minLimit: 10 }]],
    ['a type without a minimum', [{ type: 'memory' }]],
    ['a small memory minimum', [{ type: 'memory', minLimit: 4 }]],
  ])('accepts %s', async (_label, resources) => {
    for (const mode of MODES) expectFindings(await lintWithRule(resourcesRule, withResources(...resources), mode), [])
  })

  it.each<[string, unknown, FindingLocation[]]>([
    ['a number entry', 2000, [found('error', { pointer: '/constraints/resources/0', line: 15 })]],
    ['a missing type', { minLimit: 100 }, [found('error', { pointer: '/constraints/resources/0', line: 15 })]],
    ['an unknown type', { type: 'gpu', minLimit: 1 }, [found('error', { pointer: '/constraints/resources/0/type', line: 16 })]],
    ['a string minimum', { type: 'cpu', minLimit: '2000' }, [found('error', { pointer: '/constraints/resources/0/minLimit', line: 17 })]],
    ['a negative minimum', { type: 'memory', minLimit: -1 }, [found('error', { pointer: '/constraints/resources/0/minLimit', line: 17 })]],
    ['cpu in cores', { type: 'cpu', minLimit: 2 }, [found('warning', { pointer: '/constraints/resources/0/minLimit', line: 17 })]],
  ])('reports %s in both modes', async (_label, resource, expected) => {
    for (const mode of MODES) expectFindings(await lintWithRule(resourcesRule, withResources(resource), mode), expected)
  })
})
