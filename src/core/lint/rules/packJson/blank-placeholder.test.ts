import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, VALID_PACK_JSON, lintWithRule, withFiles } from '../../../testing/packFixtures'
import type { FindingLocation } from '../../../testing/packFixtures'
import type { LintMode } from '../../types'
import { blankPlaceholderRule } from './blank-placeholder'
import { expectFindings } from '../../../testing/expectFindings'

const RULE = 'pack-json/blank-placeholder'
const packWith = (packJson: object | string) => withFiles(VALID_ADDON_PACK, { 'pack.json': packJson })
const found = (severity: FindingLocation['severity'], location: { line?: number; pointer?: string }): FindingLocation => ({ ruleId: RULE, severity, file: 'pack.json', ...location })
const MODES: readonly LintMode[] = ['author', 'import']

describe(RULE, () => {
  it.each<[string, object]>([
    ['no group or eol', VALID_PACK_JSON],
    ['real values', { ...VALID_PACK_JSON, group: 'LTS', eol: '2028-04-30' }],
  ])('says nothing about %s', async (_label, packJson) => {
    for (const mode of MODES) expectFindings(await lintWithRule(blankPlaceholderRule, packWith(packJson), mode), [])
  })

  it.each<[string, object, LintMode, FindingLocation[]]>([
    ['the docs placeholders', { ...VALID_PACK_JSON, eol: ' ', group: ' ' }, 'import', [found('warning', { pointer: '/eol', line: 13 }), found('warning', { pointer: '/group', line: 14 })]],
    ['an empty group (author)', { ...VALID_PACK_JSON, group: '' }, 'author', [found('warning', { pointer: '/group', line: 13 })]],
    ['an empty group (import)', { ...VALID_PACK_JSON, group: '' }, 'import', [found('info', { pointer: '/group', line: 13 })]],
  ])('reports %s', async (_label, packJson, mode, expected) => {
    expectFindings(await lintWithRule(blankPlaceholderRule, packWith(packJson), mode), expected)
  })
})
