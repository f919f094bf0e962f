import type { Rule } from '../../types'

// Layers whose pack must deploy something; os, k8s and kernel packs describe images instead.
const DEPLOYING_LAYERS = new Set(['addon', 'cni', 'csi'])

function hasEntries(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0
}

/** R8: an add-on, CNI or CSI pack lists at least one manifest or chart; otherwise it installs nothing. */
export const nothingToInstall: Rule = {
  id: 'files/nothing-to-install',
  severity: 'error',
  description: 'An addon, cni or csi pack lists at least one manifest (kubeManifests) or chart (charts).',
  spec: 'R8',
  *check(context) {
    const packJson = context.packJsonObject
    const layer = packJson?.['layer']
    if (!packJson || typeof layer !== 'string' || !DEPLOYING_LAYERS.has(layer)) return
    if (hasEntries(packJson['kubeManifests']) || hasEntries(packJson['charts'])) return
    yield {
      file: 'pack.json',
      pointer: '/layer',
      severity: context.mode === 'author' ? 'error' : 'warning',
      message: `This ${layer} pack lists no manifest and no chart, so it installs nothing`,
      hint: 'Add a manifest under manifests/ or upload a Helm chart .tgz under charts/.',
    }
  },
}
