import { describe, expect, it } from 'vitest'
import { lintPack } from '../../lintPack'
import { VALID_ADDON_PACK, makePack, withFiles } from '../../../testing/packFixtures'
import { duplicateKeyRule } from './duplicate-key'

const PACK_JSON = '{\n  "name": "hello-app",\n  "version": "1.0.0",\n  "layer": "addon",\n  "addonType": "app",\n  "cloudTypes": ["all"],\n  "annotations": {"a": "1"},\n  "annotations": {"b": "2"}\n}\n'

describe('pack-json/duplicate-key by mode', () => {
  it.each([
    ['import', 'warning'],
    ['author', 'error'],
  ] as const)('in %s mode a repeated "annotations" is an %s', async (mode, severity) => {
    const findings = await lintPack(makePack(withFiles(VALID_ADDON_PACK, { 'pack.json': PACK_JSON })), { mode, rules: [duplicateKeyRule] })
    expect(findings).toEqual([
      {
        ruleId: 'pack-json/duplicate-key',
        severity,
        file: 'pack.json',
        line: 8,
        column: 3,
        pointer: '/annotations',
        message: 'The key "annotations" appears more than once in the same object; only the last one counts.',
        hint: 'Keep one of them.',
      },
    ])
  })
})
