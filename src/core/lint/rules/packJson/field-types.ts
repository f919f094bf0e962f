import type { FindingDraft, LintContext, Rule } from '../../types'
import { PACK_JSON_FILE, pointerTo, show } from './packJsonSupport'
import { isPlainObject } from '../../../data/isPlainObject'

const STRING_FIELDS = ['addonType', 'addonSubType', 'group', 'eol'] as const
const STRING_LIST_FIELDS = ['kubeManifests', 'charts', 'ansibleRoles'] as const

/** The JSON types the official schema gives the optional pack.json fields. */
export const fieldTypesRule: Rule = {
  id: 'pack-json/field-types',
  severity: 'error',
  description: 'Optional pack.json fields have the JSON type Palette expects (strings, lists of strings, objects).',
  spec: 'section 2.1 (property types)',
  *check(context: LintContext): Iterable<FindingDraft> {
    const packJson = context.packJsonObject
    if (!packJson) return
    for (const field of STRING_FIELDS) {
      if (!Object.hasOwn(packJson, field) || typeof packJson[field] === 'string') continue
      yield { file: PACK_JSON_FILE, pointer: pointerTo(field), message: `"${field}" must be a string, not ${show(packJson[field])}.` }
    }
    for (const field of STRING_LIST_FIELDS) {
      if (!Object.hasOwn(packJson, field)) continue
      const list = packJson[field]
      if (!Array.isArray(list)) {
        yield { file: PACK_JSON_FILE, pointer: pointerTo(field), message: `"${field}" must be a list of paths, not ${show(list)}.` }
        continue
      }
      for (const [index, item] of list.entries()) {
        if (typeof item === 'string') continue
        yield { file: PACK_JSON_FILE, pointer: pointerTo(field, index), message: `Each entry of "${field}" must be a string, not ${show(item)}.` }
      }
    }
    if (!Object.hasOwn(packJson, 'constraints')) return
    const constraints = packJson['constraints']
    if (!isPlainObject(constraints)) {
      yield { file: PACK_JSON_FILE, pointer: pointerTo('constraints'), message: `"constraints" must be an object, not ${show(constraints)}.` }
      return
    }
    for (const list of ['dependencies', 'resources'] as const) {
      if (Object.hasOwn(constraints, list) && !Array.isArray(constraints[list])) {
        yield { file: PACK_JSON_FILE, pointer: pointerTo('constraints', list), message: `"constraints.${list}" must be a list, not ${show(constraints[list])}.` }
      }
    }
  },
}
