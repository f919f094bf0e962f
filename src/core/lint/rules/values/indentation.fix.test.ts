import { describe, expect, it } from 'vitest'
import { expectFixed, runFix } from '../../../testing/fixFixtures'
import { VALID_ADDON_PACK, withFiles } from '../../../testing/packFixtures'
import { indentation } from './indentation'

describe('pack-values/indentation fixes', () => {
  it('replaces the tab on one line by two spaces, leaving other lines and block text alone', async () => {
    const before = 'pack:\r\n\tnamespace: a\r\nnotes: |\r\n  keep\tthis\r\n'
    const run = await runFix(indentation, withFiles(VALID_ADDON_PACK, { 'values.yaml': before }), 'tabs-to-spaces')
    expect(run.finding).toEqual({
      ruleId: 'pack-values/indentation',
      severity: 'warning',
      file: 'values.yaml',
      line: 2,
      column: 1,
      message: 'This line is indented with a tab; YAML allows only spaces.',
      hint: 'Replace the tab with spaces.',
      fixes: [{ ruleId: 'pack-values/indentation', fixId: 'tabs-to-spaces', title: 'Replace the tab with two spaces', safe: true, args: { lines: [2] } }],
    })
    expectFixed(run, { 'values.yaml': 'pack:\r\n  namespace: a\r\nnotes: |\r\n  keep\tthis\r\n' })
  })

  it('fixes every unreported tab line from the summary finding', async () => {
    const lines = Array.from({ length: 12 }, (_, index) => `\tkey${index}: ${index}`)
    const before = `pack:\n${lines.join('\n')}\n`
    const run = await runFix(indentation, withFiles(VALID_ADDON_PACK, { 'values.yaml': before }), 'tabs-to-spaces', { nth: 10 })
    expect(run.finding).toEqual({
      ruleId: 'pack-values/indentation',
      severity: 'warning',
      file: 'values.yaml',
      line: 12,
      column: 1,
      message: '2 more lines have tabs or odd indentation.',
      hint: 'Re-indent the file with two spaces per level.',
      fixes: [{ ruleId: 'pack-values/indentation', fixId: 'tabs-to-spaces', title: 'Replace the tabs on 2 more lines with two spaces each', safe: true, args: { lines: [12, 13] } }],
    })
    const after = `pack:\n${lines.map((line, index) => (index >= 10 ? line.replace('\t', '  ') : line)).join('\n')}\n`
    expectFixed(run, { 'values.yaml': after })
  })

  it('offers no fix for odd space indentation', async () => {
    await expect(runFix(indentation, withFiles(VALID_ADDON_PACK, { 'values.yaml': 'pack:\n   namespace: a\n' }), 'tabs-to-spaces')).rejects.toThrow(/offers the fix/)
  })
})
