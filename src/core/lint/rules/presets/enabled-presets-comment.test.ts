import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, lintWithRule, withFiles } from '../../../testing/packFixtures'
import { VALID_PRESETS, withPresets } from '../../../testing/presetsFixtures'
import { enabledPresetsComment } from './enabled-presets-comment'
import { expectFindings } from '../../../testing/expectFindings'

const VALUES = VALID_ADDON_PACK['values.yaml'] as string

describe('presets/enabled-presets-comment', () => {
  it.each([
    ['a real preset', withPresets(VALID_PRESETS, `# spectrocloud.com/enabled-presets: Replicas:two\n${VALUES}`)],
    ['an empty comment', withFiles(VALID_ADDON_PACK, { 'values.yaml': `# spectrocloud.com/enabled-presets:\n${VALUES}` })],
    ['no comment', withPresets(VALID_PRESETS)],
  ])('accepts %s', async (_name, files) => {
    expectFindings(await lintWithRule(enabledPresetsComment, files), [])
  })

  it.each([
    ['an unknown preset', withPresets(VALID_PRESETS, `# header\n# spectrocloud.com/enabled-presets: Replicas:two,Replicas:three\n${VALUES}`), 2],
    ['a name without a group', withPresets(VALID_PRESETS, `# spectrocloud.com/enabled-presets: two\n${VALUES}`), 1],
    ['a pack without presets.yaml', withFiles(VALID_ADDON_PACK, { 'values.yaml': `# spectrocloud.com/enabled-presets: Kube Controller Manager:loopback\n${VALUES}` }), 1],
  ])('warns on %s', async (_name, files, line) => {
    expectFindings(await lintWithRule(enabledPresetsComment, files), [{ ruleId: 'presets/enabled-presets-comment', severity: 'warning', file: 'values.yaml', line }])
  })
})
