import type { FindingDraft, LintContext, Rule } from '../../types'
import { PACK_JSON_FILE, byMode, pointerTo } from './packJsonSupport'

/** R5: an add-on pack names its add-on type. The official schema does not require it, so import only warns. */
export const addonTypeRequiredRule: Rule = {
  id: 'pack-json/addon-type-required',
  severity: 'error',
  description: 'An add-on pack (layer "addon") sets addonType.',
  spec: 'R5',
  *check(context: LintContext): Iterable<FindingDraft> {
    const packJson = context.packJsonObject
    if (!packJson || packJson['layer'] !== 'addon') return
    const addonType = packJson['addonType']
    if (addonType !== undefined && !(typeof addonType === 'string' && addonType.trim() === '')) return
    // A missing key has no line of its own: point the field at addonType (the form focuses it) and
    // the line at "layer", the value that makes addonType necessary.
    const layerPosition = addonType === undefined ? context.packJson?.locate(pointerTo('layer')) : undefined
    yield {
      file: PACK_JSON_FILE,
      pointer: pointerTo('addonType'),
      ...(layerPosition ? { line: layerPosition.line, column: layerPosition.column } : {}),
      severity: byMode(context, 'error', 'warning'),
      message: 'This add-on pack has no "addonType".',
      hint: 'Set "addonType", for example "system app" or "monitoring"; Palette uses it to group the pack.',
    }
  },
}
