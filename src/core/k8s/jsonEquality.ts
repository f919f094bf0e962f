/** Deep equality of plain data (what YAML and JSON parse to): objects, arrays and scalars. */
export function isDeepStrictEqualJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, index) => isDeepStrictEqualJson(item, b[index]))
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(b)) return false
  const aKeys = Object.keys(a)
  const bRecord = b as Record<string, unknown>
  const aRecord = a as Record<string, unknown>
  return aKeys.length === Object.keys(b).length && aKeys.every((key) => Object.hasOwn(b, key) && isDeepStrictEqualJson(aRecord[key], bRecord[key]))
}
