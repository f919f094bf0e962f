import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, VALID_PACK_JSON, lintWithRule, withFiles } from '../../../testing/packFixtures'
import type { FindingLocation } from '../../../testing/packFixtures'
import type { LintMode } from '../../types'
import { requiredFieldsRule } from './required-fields'
import { expectFindings } from '../../../testing/expectFindings'

const RULE = 'pack-json/required-fields'
const packWith = (packJson: object | string) => withFiles(VALID_ADDON_PACK, { 'pack.json': packJson })
const found = (severity: FindingLocation['severity'], location: { line?: number; pointer?: string }): FindingLocation => ({ ruleId: RULE, severity, file: 'pack.json', ...location })
const MODES: readonly LintMode[] = ['author', 'import']

const withoutName = Object.fromEntries(Object.entries(VALID_PACK_JSON).filter(([key]) => key !== 'name'))

describe(RULE, () => {
  it.each(MODES)('passes the valid fixture in %s mode', async (mode) => {
    expectFindings(await lintWithRule(requiredFieldsRule, VALID_ADDON_PACK, mode), [])
  })

  it.each<[string, object, FindingLocation[]]>([
    ['a missing name', withoutName, [found('error', { pointer: '', line: 1 })]],
    ['an empty displayName', { ...VALID_PACK_JSON, displayName: '' }, [found('error', { pointer: '/displayName', line: 3 })]],
    ['a blank version', { ...VALID_PACK_JSON, version: '  ' }, [found('error', { pointer: '/version', line: 4 })]],
    ['a numeric version', { ...VALID_PACK_JSON, version: 1 }, [found('error', { pointer: '/version', line: 4 })]],
    ['a null layer', { ...VALID_PACK_JSON, layer: null }, [found('error', { pointer: '/layer', line: 5 })]],
    ['an empty object', {}, ['', '', '', ''].map((pointer) => found('error', { pointer, line: 1 }))],
  ])('reports %s in both modes', async (_label, packJson, expected) => {
    for (const mode of MODES) expectFindings(await lintWithRule(requiredFieldsRule, packWith(packJson), mode), expected)
  })
})
