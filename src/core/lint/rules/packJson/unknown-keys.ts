import { PACK_JSON_AUTHOR_SCHEMA, PACK_JSON_IMPORT_SCHEMA } from '../../../schema/packJsonSchema'
import type { JsonSchemaDocument } from '../../../schema/packJsonSchema'
import type { FindingDraft, LintContext, Rule } from '../../types'
import { PACK_JSON_FILE, pointerTo } from './packJsonSupport'
import { isPlainObject } from '../../../data/isPlainObject'

function propertyNames(schema: JsonSchemaDocument): ReadonlySet<string> {
  const properties = schema['properties']
  return new Set(isPlainObject(properties) ? Object.keys(properties) : [])
}

const AUTHOR_KEYS = propertyNames(PACK_JSON_AUTHOR_SCHEMA)
const IMPORT_KEYS = propertyNames(PACK_JSON_IMPORT_SCHEMA)

/** Keys other rules already speak about. */
function hasOwnRule(key: string): boolean {
  return key === 'cloudType' || key.toLowerCase() === 'kubemanifests'
}

/** R38: keys outside the schema. Imported packs keep them; new packs should not carry them. */
export const unknownKeysRule: Rule = {
  id: 'pack-json/unknown-keys',
  severity: 'warning',
  description: 'pack.json has only the keys Palette reads.',
  spec: 'R38',
  *check(context: LintContext): Iterable<FindingDraft> {
    const packJson = context.packJsonObject
    if (!packJson) return
    const known = context.mode === 'author' ? AUTHOR_KEYS : IMPORT_KEYS
    for (const key of Object.keys(packJson)) {
      if (known.has(key) || hasOwnRule(key)) continue
      yield context.mode === 'author'
        ? { file: PACK_JSON_FILE, pointer: pointerTo(key), message: `"${key}" is not a pack.json property; Palette ignores it.`, hint: `Remove "${key}", or move the information to "annotations".` }
        : { file: PACK_JSON_FILE, pointer: pointerTo(key), severity: 'info', message: `"${key}" is not a pack.json property; it is kept as is.` }
    }
  },
}
