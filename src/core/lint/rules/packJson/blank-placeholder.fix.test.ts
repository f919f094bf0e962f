import { describe, expect, it } from 'vitest'
import { expectFixed, runFix } from '../../../testing/fixFixtures'
import { VALID_ADDON_PACK, withFiles } from '../../../testing/packFixtures'
import { blankPlaceholderRule } from './blank-placeholder'

const BEFORE = '{\n  "name": "hello-app",\n  "group": " ",\n  "eol": "",\n  "kubeManifests": ["manifests/hello-app.yaml"]\n}\n'

describe('pack-json/blank-placeholder fixes', () => {
  it.each([
    ['group', 0, 'warning', 3, 3, '" "', '{\n  "name": "hello-app",\n  "eol": "",\n  "kubeManifests": ["manifests/hello-app.yaml"]\n}\n'],
    ['eol', 1, 'info', 4, 3, '""', '{\n  "name": "hello-app",\n  "group": " ",\n  "kubeManifests": ["manifests/hello-app.yaml"]\n}\n'],
  ] as const)('removes a blank %s', async (field, nth, severity, line, column, shown, after) => {
    const run = await runFix(blankPlaceholderRule, withFiles(VALID_ADDON_PACK, { 'pack.json': BEFORE }), 'remove-blank', { mode: 'import', nth })
    expect(run.finding).toEqual({
      ruleId: 'pack-json/blank-placeholder',
      severity,
      file: 'pack.json',
      line,
      column,
      pointer: `/${field}`,
      message: `"${field}" is ${shown}.`,
      hint: `Leave "${field}" out instead of writing a blank value.`,
      fixes: [{ ruleId: 'pack-json/blank-placeholder', fixId: 'remove-blank', title: `Remove the blank "${field}"`, safe: true, args: { field } }],
    })
    expectFixed(run, { 'pack.json': after })
  })
})
