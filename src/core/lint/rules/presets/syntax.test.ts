import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, lintWithRule } from '../../../testing/packFixtures'
import { VALID_PRESETS, withPresets } from '../../../testing/presetsFixtures'
import { presetsSyntax } from './syntax'
import { expectFindings } from '../../../testing/expectFindings'

describe('presets/syntax', () => {
  it.each([
    ['a valid file', withPresets(VALID_PRESETS)],
    ['no presets.yaml', VALID_ADDON_PACK],
  ])('accepts %s', async (_name, files) => {
    expectFindings(await lintWithRule(presetsSyntax, files), [])
  })

  it.each([
    ['a bad indentation', 'presets:\n  - name: a\n   group: b\n', 3],
    ['a duplicate key', 'presets:\n  - name: a\n    name: b\n', 3],
  ])('reports %s', async (_name, presets, line) => {
    expectFindings(await lintWithRule(presetsSyntax, withPresets(presets)), [{ ruleId: 'presets/syntax', severity: 'error', file: 'presets.yaml', line }])
  })
})
