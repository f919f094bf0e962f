import { CLOUD_TYPES } from '../../../schema/packJsonSchema'
import type { FindingDraft, LintContext, Rule } from '../../types'
import { PACK_JSON_FILE, byMode, pointerTo, show } from './packJsonSupport'

/** R4: cloudTypes is a non-empty array of documented cloud types. */
export const cloudTypesRule: Rule = {
  id: 'pack-json/cloud-types',
  severity: 'error',
  description: 'cloudTypes is a non-empty list of documented cloud types.',
  spec: 'R4',
  *check(context: LintContext): Iterable<FindingDraft> {
    const packJson = context.packJsonObject
    if (!packJson) return
    if (!Object.hasOwn(packJson, 'cloudTypes')) {
      yield {
        file: PACK_JSON_FILE,
        pointer: '',
        severity: byMode(context, 'error', 'warning'),
        message: 'pack.json has no "cloudTypes".',
        hint: 'Add "cloudTypes": ["all"] (or the clouds the pack supports).',
      }
      return
    }
    const cloudTypes = packJson['cloudTypes']
    if (!Array.isArray(cloudTypes)) {
      yield { file: PACK_JSON_FILE, pointer: pointerTo('cloudTypes'), message: `"cloudTypes" must be a list such as ["all"], not ${show(cloudTypes)}.` }
      return
    }
    if (cloudTypes.length === 0) {
      yield {
        file: PACK_JSON_FILE,
        pointer: pointerTo('cloudTypes'),
        severity: byMode(context, 'error', 'warning'),
        message: '"cloudTypes" is empty.',
        hint: 'Name at least one cloud, or "all".',
      }
    }
    const seen = new Set<string>()
    for (const [index, cloud] of cloudTypes.entries()) {
      const pointer = pointerTo('cloudTypes', index)
      if (typeof cloud !== 'string') {
        yield { file: PACK_JSON_FILE, pointer, message: `Each cloud type must be a string, not ${show(cloud)}.` }
      } else if (!CLOUD_TYPES.includes(cloud)) {
        yield {
          file: PACK_JSON_FILE,
          pointer,
          severity: byMode(context, 'error', 'warning'),
          message: `"${cloud}" is not a documented cloud type.`,
          hint: `Documented values: ${CLOUD_TYPES.join(', ')}.`,
        }
      } else if (seen.has(cloud)) {
        yield { file: PACK_JSON_FILE, pointer, severity: 'warning', message: `"${cloud}" is listed twice in "cloudTypes".`, hint: 'Remove the repeat.' }
      }
      if (typeof cloud === 'string') seen.add(cloud)
    }
  },
}
