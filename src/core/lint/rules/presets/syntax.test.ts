import { describe, expect, it } from 'vitest'
import { VALID_ADDON_PACK, locateFindings } from '../../../testing/packFixtures'
import { VALID_PRESETS, withPresets } from '../../../testing/presetsFixtures'
import { presetsSyntax } from './syntax'

describe('presets/syntax', () => {
  it.each([
    ['a valid file', withPresets(VALID_PRESETS)],
    ['no presets.yaml', VALID_ADDON_PACK],
  ])('accepts %s', async (_name, files) => {
    expect(await locateFindings(presetsSyntax, files)).toEqual([])
  })

  it.each([
    ['a bad indentation', 'presets:\n  - name: a\n   group: b\n', 3],
    ['a duplicate key', 'presets:\n  - name: a\n    name: b\n', 3],
  ])('reports %s', async (_name, presets, line) => {
    expect(await locateFindings(presetsSyntax, withPresets(presets))).toEqual([{ ruleId: 'presets/syntax', severity: 'error', file: 'presets.yaml', line }])
  })
})
