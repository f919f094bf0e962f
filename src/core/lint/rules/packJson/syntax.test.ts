import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, lintWithRule, withFiles } from '../../../testing/packFixtures'
import type { LintMode } from '../../types'
import { syntaxRule } from './syntax'
import { expectFindings } from '../../../testing/expectFindings'

const RULE = 'pack-json/syntax'

describe(RULE, () => {
  it.each<[string, string | object | undefined]>([
    ['the valid fixture', VALID_ADDON_PACK['pack.json']],
    ['a compact object', '{"name":"a"}'],
    ['a missing pack.json (files/pack-json-missing)', undefined],
  ])('says nothing about %s', async (_label, packJson) => {
    for (const mode of ['author', 'import'] as LintMode[]) {
      expectFindings(await lintWithRule(syntaxRule, withFiles(VALID_ADDON_PACK, { 'pack.json': packJson }), mode), [])
    }
  })

  it.each<[string, string, { line?: number; pointer?: string }[]]>([
    ['a trailing comma', '{\n  "name": "a",\n}\n', [{ line: 2 }]],
    ['a trailing comma in a list', '{\n  "cloudTypes": [\n    "all",\n\n  ]\n}\n', [{ line: 3 }]],
    ['a comment', '{\n  // note\n  "name": "a"\n}\n', [{ line: 2 }]],
    ['a missing comma', '{\n  "name": "a"\n  "version": "1.0.0"\n}\n', [{ line: 3 }]],
    ['an array at the top', '[\n  1\n]\n', [{ pointer: '', line: 1 }]],
    ['a string at the top', '"pack"', [{ pointer: '', line: 1 }]],
  ])('reports %s', async (_label, packJson, expected) => {
    for (const mode of ['author', 'import'] as LintMode[]) {
      const findings = await lintWithRule(syntaxRule, withFiles(VALID_ADDON_PACK, { 'pack.json': packJson }), mode)
      expectFindings(findings, expected.map((location) => ({ ruleId: RULE, severity: 'error', file: 'pack.json', ...location })))
    }
  })
})
