import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, VALID_PACK_JSON, lintWithRule, withFiles } from '../../../testing/packFixtures'
import type { FindingLocation } from '../../../testing/packFixtures'
import type { LintMode } from '../../types'
import { layerRule } from './layer'
import { expectFindings } from '../../../testing/expectFindings'

const RULE = 'pack-json/layer'
const packWith = (packJson: object | string) => withFiles(VALID_ADDON_PACK, { 'pack.json': packJson })
const found = (severity: FindingLocation['severity'], location: { line?: number; pointer?: string }): FindingLocation => ({ ruleId: RULE, severity, file: 'pack.json', ...location })
const MODES: readonly LintMode[] = ['author', 'import']

describe(RULE, () => {
  it.each(['kernel', 'os', 'k8s', 'cni', 'csi', 'addon', '', 7])('accepts or leaves to other rules layer %s', async (layer) => {
    for (const mode of MODES) expectFindings(await lintWithRule(layerRule, packWith({ ...VALID_PACK_JSON, layer }), mode), [])
  })

  it.each(['Addon', 'add-on', 'app'])('reports layer %s in both modes', async (layer) => {
    for (const mode of MODES) {
      expectFindings(await lintWithRule(layerRule, packWith({ ...VALID_PACK_JSON, layer }), mode), [found('error', { pointer: '/layer', line: 5 })])
    }
  })
})
