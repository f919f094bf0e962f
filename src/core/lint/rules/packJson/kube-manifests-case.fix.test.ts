import { describe, expect, it } from 'vitest'
import { expectFixed, runFix } from '../../../testing/fixFixtures'
import { VALID_ADDON_PACK, withFiles } from '../../../testing/packFixtures'
import { kubeManifestsCaseRule } from './kube-manifests-case'

const packJson = (lists: string) => `{\n  "name": "hello-app",\n  "displayName": "Hello App",\n  "version": "1.0.0",\n  "layer": "addon",\n  "addonType": "app services",\n  "cloudTypes": ["all"],\n${lists}\n}\n`

describe('pack-json/kube-manifests-case fixes', () => {
  it('renames KubeManifests in place, keeping its value and the rest of the file', async () => {
    const before = packJson('  "KubeManifests": [\n    "manifests/hello-app.yaml"\n  ]')
    const run = await runFix(kubeManifestsCaseRule, withFiles(VALID_ADDON_PACK, { 'pack.json': before }), 'rename-key')
    expect(run.finding).toEqual({
      ruleId: 'pack-json/kube-manifests-case',
      severity: 'error',
      file: 'pack.json',
      line: 8,
      column: 3,
      pointer: '/KubeManifests',
      message: '"KubeManifests" is misspelled: Palette only reads "kubeManifests", so these manifests would be ignored.',
      hint: 'Rename the key to "kubeManifests".',
      fixes: [{ ruleId: 'pack-json/kube-manifests-case', fixId: 'rename-key', title: 'Rename "KubeManifests" to "kubeManifests"', safe: true, args: { key: 'KubeManifests' } }],
    })
    expectFixed(run, { 'pack.json': packJson('  "kubeManifests": [\n    "manifests/hello-app.yaml"\n  ]') })
  })

  it('merges the misspelled list into an existing kubeManifests without duplicates', async () => {
    const before = packJson('  "kubeManifests": ["manifests/a.yaml"],\n  "Kubemanifests": ["manifests/a.yaml", "manifests/b.yaml"]')
    const files = withFiles(VALID_ADDON_PACK, { 'pack.json': before, 'manifests/a.yaml': 'kind: A\n', 'manifests/b.yaml': 'kind: B\n' })
    const run = await runFix(kubeManifestsCaseRule, files, 'rename-key')
    expect(run.finding.fixes).toEqual([
      { ruleId: 'pack-json/kube-manifests-case', fixId: 'rename-key', title: 'Merge "Kubemanifests" into "kubeManifests"', safe: true, args: { key: 'Kubemanifests' } },
    ])
    expectFixed(run, { 'pack.json': packJson('  "kubeManifests": [\n    "manifests/a.yaml",\n    "manifests/b.yaml"\n  ]') })
  })
})
