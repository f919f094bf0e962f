import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, VALID_PACK_JSON, lintWithRule, withFiles } from '../../../testing/packFixtures'
import type { FindingLocation } from '../../../testing/packFixtures'
import type { LintMode } from '../../types'
import { eolFormatRule } from './eol-format'
import { expectFindings } from '../../../testing/expectFindings'

const RULE = 'pack-json/eol-format'
const packWith = (packJson: object | string) => withFiles(VALID_ADDON_PACK, { 'pack.json': packJson })
const found = (severity: FindingLocation['severity'], location: { line?: number; pointer?: string }): FindingLocation => ({ ruleId: RULE, severity, file: 'pack.json', ...location })
const MODES: readonly LintMode[] = ['author', 'import']

describe(RULE, () => {
  it.each(['2028-04-30', '2024-02-29', '', ' ', 20280430])('accepts or leaves to other rules %j', async (eol) => {
    for (const mode of MODES) expectFindings(await lintWithRule(eolFormatRule, packWith({ ...VALID_PACK_JSON, eol }), mode), [])
  })

  it.each(['30-04-2028', '2028/04/30', '2028-4-30', '2023-02-29', '2028-13-01', 'never'])('warns about %j in both modes', async (eol) => {
    for (const mode of MODES) {
      expectFindings(await lintWithRule(eolFormatRule, packWith({ ...VALID_PACK_JSON, eol }), mode), [found('warning', { pointer: '/eol', line: 13 })])
    }
  })
})
