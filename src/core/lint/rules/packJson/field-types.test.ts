import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, VALID_PACK_JSON, lintWithRule, withFiles } from '../../../testing/packFixtures'
import type { FindingLocation } from '../../../testing/packFixtures'
import type { LintMode } from '../../types'
import { fieldTypesRule } from './field-types'
import { expectFindings } from '../../../testing/expectFindings'

const RULE = 'pack-json/field-types'
const packWith = (packJson: object | string) => withFiles(VALID_ADDON_PACK, { 'pack.json': packJson })
const found = (severity: FindingLocation['severity'], location: { line?: number; pointer?: string }): FindingLocation => ({ ruleId: RULE, severity, file: 'pack.json', ...location })
const MODES: readonly LintMode[] = ['author', 'import']

describe(RULE, () => {
  it.each<[string, object]>([
    ['the valid fixture', VALID_PACK_JSON],
    ['every optional field well typed', { ...VALID_PACK_JSON, group: 'LTS', eol: '2028-04-30', addonSubType: 'db', charts: [], ansibleRoles: ['harden_os'], constraints: { dependencies: [], resources: [] } }],
  ])('says nothing about %s', async (_label, packJson) => {
    for (const mode of MODES) expectFindings(await lintWithRule(fieldTypesRule, packWith(packJson), mode), [])
  })

  it.each<[string, object, FindingLocation[]]>([
    ['a numeric addonType', { ...VALID_PACK_JSON, addonType: 3 }, [found('error', { pointer: '/addonType', line: 6 })]],
    ['a null group', { ...VALID_PACK_JSON, group: null }, [found('error', { pointer: '/group', line: 13 })]],
    ['a string charts', { ...VALID_PACK_JSON, charts: 'charts/a.tgz' }, [found('error', { pointer: '/charts', line: 13 })]],
    ['a number in kubeManifests', { ...VALID_PACK_JSON, kubeManifests: ['manifests/a.yaml', 1] }, [found('error', { pointer: '/kubeManifests/1', line: 12 })]],
    ['an array constraints', { ...VALID_PACK_JSON, constraints: [] }, [found('error', { pointer: '/constraints', line: 13 })]],
    ['an object dependencies', { ...VALID_PACK_JSON, constraints: { dependencies: {} } }, [found('error', { pointer: '/constraints/dependencies', line: 14 })]],
  ])('reports %s in both modes', async (_label, packJson, expected) => {
    for (const mode of MODES) expectFindings(await lintWithRule(fieldTypesRule, packWith(packJson), mode), expected)
  })
})
