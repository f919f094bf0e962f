import { LAYERS } from '../../../schema/packJsonSchema'
import type { FindingDraft, LintContext, Rule } from '../../types'
import { PACK_JSON_FILE, pointerTo } from './packJsonSupport'

/** R3: layer is one of kernel, os, k8s, cni, csi, addon. */
export const layerRule: Rule = {
  id: 'pack-json/layer',
  severity: 'error',
  description: 'layer is one of the six Palette layers.',
  spec: 'R3',
  *check(context: LintContext): Iterable<FindingDraft> {
    const layer = context.packJsonObject?.['layer']
    // A missing, blank or non-string layer is reported by pack-json/required-fields.
    if (typeof layer !== 'string' || layer.trim() === '' || LAYERS.includes(layer)) return
    const lower = layer.trim().toLowerCase()
    yield {
      file: PACK_JSON_FILE,
      pointer: pointerTo('layer'),
      message: `"${layer}" is not a Palette layer.`,
      hint: LAYERS.includes(lower) ? `Write "${lower}".` : `Use one of: ${LAYERS.join(', ')}.`,
    }
  },
}
