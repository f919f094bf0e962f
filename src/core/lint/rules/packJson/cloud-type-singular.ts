import { IMPORT_CLOUD_TYPES } from '../../../schema/packJsonSchema'
import type { FindingDraft, LintContext, Rule } from '../../types'
import { PACK_JSON_FILE, pointerTo, show } from './packJsonSupport'

/** The legacy singular `cloudType`: in the official schema, but no current example uses it. */
export const cloudTypeSingularRule: Rule = {
  id: 'pack-json/cloud-type-singular',
  severity: 'warning',
  description: 'pack.json uses cloudTypes (a list), not the legacy singular cloudType.',
  spec: 'R4',
  *check(context: LintContext): Iterable<FindingDraft> {
    const packJson = context.packJsonObject
    if (!packJson || !Object.hasOwn(packJson, 'cloudType')) return
    const cloudType = packJson['cloudType']
    const valid = typeof cloudType === 'string' && IMPORT_CLOUD_TYPES.includes(cloudType)
    yield {
      file: PACK_JSON_FILE,
      pointer: pointerTo('cloudType'),
      ...(valid ? {} : { severity: 'error' as const }),
      message: valid
        ? `"cloudType" is the legacy singular form.`
        : `"cloudType" is ${show(cloudType)}, which is not a cloud type Palette knows.`,
      hint: `Write "cloudTypes": [${valid ? show(cloudType) : '"all"'}] instead.`,
    }
  },
}
