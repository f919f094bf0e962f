import { isPlainObject } from '../data/isPlainObject'

/** The marker for "every element of this array" in schema.yaml paths (`registry.addresses.$[]`). */
export const EVERY_ELEMENT = '$[]'

/**
 * Finds the values a dotted path names (`charts.app.image.tag`, `a.list.$[]`). Keys that themselves
 * contain dots (`kubernetes.io/name`) are matched too, by trying longer keys first. Returns an empty
 * list when the path does not exist.
 */
export function resolveDottedPath(root: unknown, path: string): unknown[] {
  const segments = splitDottedPath(path)
  return segments.length === 0 ? [] : resolveSegments(root, segments)
}

/** True when the dotted path names at least one value. */
export function dottedPathExists(root: unknown, path: string): boolean {
  return resolveDottedPath(root, path).length > 0
}

/** Splits `a.b.$[].c` into `['a', 'b', '$[]', 'c']`, also accepting `a.b$[]` and `a.b[]`. */
export function splitDottedPath(path: string): string[] {
  return path.split('.').flatMap((segment) => {
    const marker = /\$?\[\]$/.exec(segment)
    if (!marker) return segment === '' ? [] : [segment]
    const key = segment.slice(0, marker.index)
    return key === '' ? [EVERY_ELEMENT] : [key, EVERY_ELEMENT]
  })
}

function resolveSegments(node: unknown, segments: readonly string[]): unknown[] {
  if (segments.length === 0) return [node]
  const [first] = segments
  if (first === EVERY_ELEMENT) {
    return Array.isArray(node) ? node.flatMap((item: unknown) => resolveSegments(item, segments.slice(1))) : []
  }
  if (Array.isArray(node) && first !== undefined && /^\d+$/.test(first)) {
    return Number(first) < node.length ? resolveSegments(node[Number(first)], segments.slice(1)) : []
  }
  if (!isPlainObject(node)) return []
  for (let take = segments.length; take >= 1; take--) {
    const key = segments.slice(0, take).join('.')
    if (take > 1 && segments.slice(0, take).includes(EVERY_ELEMENT)) continue
    if (Object.hasOwn(node, key)) {
      const found = resolveSegments(node[key], segments.slice(take))
      if (found.length > 0) return found
    }
  }
  return []
}

/** The value at path segments (keys or array indexes, as a schema validator reports them), and whether it exists. */
export function valueAtSegments(root: unknown, segments: readonly string[]): { found: boolean; value: unknown } {
  const hits = resolveSegments(root, segments)
  return hits.length > 0 ? { found: true, value: hits[0] } : { found: false, value: undefined }
}
