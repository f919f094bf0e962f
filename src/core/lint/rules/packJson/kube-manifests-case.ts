import type { FindingDraft, LintContext, Rule } from '../../types'
import { renameKubeManifestsKey } from '../../fixes/packJsonFixes'
import { PACK_JSON_FILE, pointerTo } from './packJsonSupport'

/** R6: the docs' table spells `KubeManifests`, but Palette reads only `kubeManifests`. */
export const kubeManifestsCaseRule: Rule = {
  id: 'pack-json/kube-manifests-case',
  severity: 'error',
  description: 'The manifest list key is spelled kubeManifests, with a lower-case k.',
  spec: 'R6',
  *check(context: LintContext): Iterable<FindingDraft> {
    const packJson = context.packJsonObject
    if (!packJson) return
    for (const key of Object.keys(packJson)) {
      if (key === 'kubeManifests' || key.toLowerCase() !== 'kubemanifests') continue
      const merge = Object.hasOwn(packJson, 'kubeManifests')
      yield {
        file: PACK_JSON_FILE,
        pointer: pointerTo(key),
        message: `"${key}" is misspelled: Palette only reads "kubeManifests", so these manifests would be ignored.`,
        hint: Object.hasOwn(packJson, 'kubeManifests')
          ? `Merge its entries into "kubeManifests" and remove "${key}".`
          : `Rename the key to "kubeManifests".`,
        fixes: [{ fixId: 'rename-key', title: merge ? `Merge "${key}" into "kubeManifests"` : `Rename "${key}" to "kubeManifests"`, safe: true, args: { key } }],
      }
    }
  },
  fixes: { 'rename-key': renameKubeManifestsKey },
}
