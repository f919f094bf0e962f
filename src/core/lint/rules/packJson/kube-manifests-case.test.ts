import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, VALID_PACK_JSON, lintWithRule, withFiles } from '../../../testing/packFixtures'
import type { FindingLocation } from '../../../testing/packFixtures'
import type { LintMode } from '../../types'
import { kubeManifestsCaseRule } from './kube-manifests-case'
import { expectFindings } from '../../../testing/expectFindings'

const RULE = 'pack-json/kube-manifests-case'
const packWith = (packJson: object | string) => withFiles(VALID_ADDON_PACK, { 'pack.json': packJson })
const found = (severity: FindingLocation['severity'], location: { line?: number; pointer?: string }): FindingLocation => ({ ruleId: RULE, severity, file: 'pack.json', ...location })
const MODES: readonly LintMode[] = ['author', 'import']

const { kubeManifests, ...withoutManifests } = VALID_PACK_JSON

describe(RULE, () => {
  it.each(MODES)('passes the valid fixture in %s mode', async (mode) => {
    expectFindings(await lintWithRule(kubeManifestsCaseRule, VALID_ADDON_PACK, mode), [])
  })

  it.each<[string, object, FindingLocation[]]>([
    ['KubeManifests alone', { ...withoutManifests, KubeManifests: kubeManifests }, [found('error', { pointer: '/KubeManifests', line: 10 })]],
    ['KubeManifests beside kubeManifests', { ...VALID_PACK_JSON, KubeManifests: [] }, [found('error', { pointer: '/KubeManifests', line: 13 })]],
    ['kubemanifests', { ...withoutManifests, kubemanifests: kubeManifests }, [found('error', { pointer: '/kubemanifests', line: 10 })]],
  ])('reports %s in both modes', async (_label, packJson, expected) => {
    for (const mode of MODES) expectFindings(await lintWithRule(kubeManifestsCaseRule, packWith(packJson), mode), expected)
  })
})
