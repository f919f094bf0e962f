import { ADDON_TYPES } from '../../../schema/packJsonSchema'
import type { FindingDraft, LintContext, Rule } from '../../types'
import { PACK_JSON_FILE, pointerTo } from './packJsonSupport'

/** Spellings seen in the wild and the documented value they mean. */
const KNOWN_MISSPELLINGS: Readonly<Record<string, string>> = {
  'app-services': 'app services',
  'system-app': 'system app',
  'load-balancer': 'load balancer',
  'service mesh': 'servicemesh',
  'service-mesh': 'servicemesh',
}

/** R5: addonType is one of the 13 documented values (Palette stores any string, hence a warning). */
export const addonTypeEnumRule: Rule = {
  id: 'pack-json/addon-type-enum',
  severity: 'warning',
  description: 'addonType is one of the 13 documented add-on types, spelled exactly.',
  spec: 'R5',
  *check(context: LintContext): Iterable<FindingDraft> {
    const addonType = context.packJsonObject?.['addonType']
    // Blank values belong to pack-json/addon-type-required, non-strings to pack-json/field-types.
    if (typeof addonType !== 'string' || addonType.trim() === '' || ADDON_TYPES.includes(addonType)) return
    const normalized = addonType.trim().toLowerCase()
    const suggestion = KNOWN_MISSPELLINGS[normalized] ?? (ADDON_TYPES.includes(normalized) ? normalized : undefined)
    yield {
      file: PACK_JSON_FILE,
      pointer: pointerTo('addonType'),
      message: `"${addonType}" is not one of the documented add-on types.`,
      hint: suggestion !== undefined ? `Write "${suggestion}".` : `Documented values: ${ADDON_TYPES.join(', ')}.`,
    }
  },
}
