import type { FindingDraft, LintContext, Rule } from '../../types'
import { PACK_JSON_FILE, pointerTo, show } from './packJsonSupport'
import { isPlainObject } from '../../../data/isPlainObject'

/** R7: annotations is an object whose values are all strings (booleans are written "true"). */
export const annotationsRule: Rule = {
  id: 'pack-json/annotations',
  severity: 'error',
  description: 'annotations is an object with string values only.',
  spec: 'R7',
  *check(context: LintContext): Iterable<FindingDraft> {
    const packJson = context.packJsonObject
    if (!packJson || !Object.hasOwn(packJson, 'annotations')) return
    const annotations = packJson['annotations']
    if (!isPlainObject(annotations)) {
      yield {
        file: PACK_JSON_FILE,
        pointer: pointerTo('annotations'),
        message: `"annotations" must be an object of key/value strings, not ${show(annotations)}.`,
        hint: 'Write it as { "key": "value" }.',
      }
      return
    }
    for (const [key, value] of Object.entries(annotations)) {
      if (typeof value === 'string') continue
      const quoted = value === null || typeof value === 'object' ? undefined : JSON.stringify(show(value))
      yield {
        file: PACK_JSON_FILE,
        pointer: pointerTo('annotations', key),
        message: `The annotation "${key}" is ${show(value)}; annotation values must be strings.`,
        ...(quoted !== undefined ? { hint: `Write it in quotes: ${quoted}.` } : {}),
      }
    }
  },
}
