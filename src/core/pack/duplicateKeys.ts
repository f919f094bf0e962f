import { isMap, isScalar, visit } from 'yaml'
import type { Document } from 'yaml'

/** What yaml's own `uniqueKeys` check says, so messages stay the same. */
export const DUPLICATE_KEY_MESSAGE = 'Map keys must be unique'

/**
 * Offsets of every map key that repeats an earlier scalar key of the same map, compared as yaml does
 * (same scalar value). yaml's built-in check compares each key with all earlier ones, which is
 * quadratic in the size of a map; a Set per map keeps it linear. `<<` merge keys may repeat.
 */
export function duplicateKeyOffsets(document: Document, merge: boolean): number[] {
  const offsets: number[] = []
  visit(document, {
    Map(_key, map) {
      if (!isMap(map)) return
      const seen = new Set<string>()
      for (const pair of map.items) {
        const key = pair.key
        if (!isScalar(key)) continue
        // yaml marks a merge key with a '<<' symbol.
        if (merge && (key.value === '<<' || typeof key.value === 'symbol')) continue
        const identity = `${typeof key.value}:${String(key.value)}`
        if (seen.has(identity)) offsets.push(key.range?.[0] ?? 0)
        seen.add(identity)
      }
    },
  })
  return offsets
}
