import { describe, expect, it } from 'vitest'
import { VALID_ADDON_PACK, VALID_PACK_JSON, locateFindings, withFiles } from '../../../testing/packFixtures'
import type { FindingLocation } from '../../../testing/packFixtures'
import type { LintMode } from '../../types'
import { layerRule } from './layer'

const RULE = 'pack-json/layer'
const packWith = (packJson: object | string) => withFiles(VALID_ADDON_PACK, { 'pack.json': packJson })
const found = (severity: FindingLocation['severity'], location: { line?: number; pointer?: string }): FindingLocation => ({ ruleId: RULE, severity, file: 'pack.json', ...location })
const MODES: readonly LintMode[] = ['author', 'import']

describe(RULE, () => {
  it.each(['kernel', 'os', 'k8s', 'cni', 'csi', 'addon', '', 7])('accepts or leaves to other rules layer %s', async (layer) => {
    for (const mode of MODES) expect(await locateFindings(layerRule, packWith({ ...VALID_PACK_JSON, layer }), mode)).toEqual([])
  })

  it.each(['Addon', 'add-on', 'app'])('reports layer %s in both modes', async (layer) => {
    for (const mode of MODES) {
      expect(await locateFindings(layerRule, packWith({ ...VALID_PACK_JSON, layer }), mode)).toEqual([found('error', { pointer: '/layer', line: 5 })])
    }
  })
})
