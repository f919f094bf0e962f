import { LAYERS } from '../../../schema/packJsonSchema'
import type { FindingDraft, LintContext, Rule } from '../../types'
import { PACK_JSON_FILE, byMode, pointerTo } from './packJsonSupport'

/** addonType only means something for add-on packs. */
export const addonTypeNonAddonRule: Rule = {
  id: 'pack-json/addon-type-non-addon',
  severity: 'warning',
  description: 'addonType is left out when the layer is not "addon".',
  spec: 'R5',
  *check(context: LintContext): Iterable<FindingDraft> {
    const packJson = context.packJsonObject
    const layer = packJson?.['layer']
    if (!packJson || typeof layer !== 'string' || layer === 'addon' || !LAYERS.includes(layer)) return
    if (!Object.hasOwn(packJson, 'addonType')) return
    yield {
      file: PACK_JSON_FILE,
      pointer: pointerTo('addonType'),
      severity: byMode(context, 'warning', 'info'),
      message: `"addonType" is set on a "${layer}" pack; it only applies to add-on packs.`,
      hint: 'Remove "addonType".',
    }
  },
}
