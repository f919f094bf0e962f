import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, lintWithRule, withFiles } from '../../../testing/packFixtures'
import { duplicateKeyRule } from './duplicate-key'
import { expectFindings } from '../../../testing/expectFindings'

const RULE = 'pack-json/duplicate-key'

describe(RULE, () => {
  it.each([
    ['the valid fixture', VALID_ADDON_PACK['pack.json'] as object],
    ['the same key in two objects', '{"name":"a","annotations":{"name":"b"}}'],
    ['broken JSON (reported by pack-json/syntax)', '{"name":"a","name":"b",}'],
  ])('says nothing about %s', async (_label, packJson) => {
    expectFindings(await lintWithRule(duplicateKeyRule, withFiles(VALID_ADDON_PACK, { 'pack.json': packJson })), [])
  })

  it.each([
    ['a top-level duplicate', '{\n  "name": "a",\n  "version": "1.0.0",\n  "name": "b"\n}\n', [{ pointer: '/name', line: 4 }]],
    ['a nested duplicate', '{\n  "annotations": {\n    "source": "x",\n    "source": "y"\n  }\n}\n', [{ pointer: '/annotations/source', line: 4 }]],
    ['a duplicate inside an array item', '{\n  "constraints": {"dependencies": [\n    {"type": "required",\n     "type": "optional"}\n  ]}\n}\n', [{ pointer: '/constraints/dependencies/0/type', line: 4 }]],
    ['three copies', '{\n  "a": 1,\n  "a": 2,\n  "a": 3\n}\n', [{ pointer: '/a', line: 3 }, { pointer: '/a', line: 4 }]],
  ])('reports %s', async (_label, packJson, expected) => {
    for (const mode of ['author', 'import'] as const) {
      const findings = await lintWithRule(duplicateKeyRule, withFiles(VALID_ADDON_PACK, { 'pack.json': packJson }), mode)
      expectFindings(findings, expected.map((location) => ({ ruleId: RULE, severity: mode === 'import' ? 'warning' : 'error', file: 'pack.json', ...location })))
    }
  })
})
