import { describe, expect, it } from 'vitest'
import { expectFixed, runFix } from '../../../testing/fixFixtures'
import { VALID_ADDON_PACK, withFiles } from '../../../testing/packFixtures'
import { installPriorityFormat } from './install-priority-format'

const values = (priority: string) => `# comment kept\npack:\n  namespace: "hello-app"   # the target\n  spectrocloud.com/install-priority: ${priority}  # after the CNI\nmanifests:\n  hello-app:\n    replicas: 1\n`

describe('pack-values/install-priority-format fixes', () => {
  it.each([
    ['30', '"30"'],
    ['-5', '"-5"'],
  ])('quotes %s, keeping the comments', async (priority, quoted) => {
    const run = await runFix(installPriorityFormat, withFiles(VALID_ADDON_PACK, { 'values.yaml': values(priority) }), 'quote')
    expect(run.finding).toEqual({
      ruleId: 'pack-values/install-priority-format',
      severity: 'error',
      file: 'values.yaml',
      line: 4,
      column: 3,
      pointer: '/pack/spectrocloud.com~1install-priority',
      message: `The install priority ${priority} is written without quotes, so YAML reads it as a number; Palette expects a string.`,
      hint: `Quote it: spectrocloud.com/install-priority: "${priority}"`,
      fixes: [{ ruleId: 'pack-values/install-priority-format', fixId: 'quote', title: `Quote the install priority: "${priority}"`, safe: true, args: {} }],
    })
    expectFixed(run, { 'values.yaml': values(quoted) })
  })

  it('offers no fix for a value that is not an integer', async () => {
    await expect(runFix(installPriorityFormat, withFiles(VALID_ADDON_PACK, { 'values.yaml': values('1.5') }), 'quote')).rejects.toThrow(/offers the fix/)
  })
})
