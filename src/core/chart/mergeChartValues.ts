import { isMap } from 'yaml'
import { isPlainObject } from '../data/isPlainObject'
import { parseDocumentWithinDepth, parseWithinDepth } from '../text/parseYamlWithinDepth'

/** A value the user changed that the new chart changed too, differently. */
export interface MergeConflict {
  /** Dotted path under `charts.<folder>`, for display and as the key of a choice. */
  readonly key: string
  readonly path: readonly string[]
  /** The old chart's default (undefined: it had none). */
  readonly base: unknown
  /** The pack's value. */
  readonly mine: unknown
  /** The new chart's default (undefined: the new chart dropped it). */
  readonly theirs: unknown
}

/** The merged values for `charts.<folder>` and what happened on the way. */
export interface ChartValuesMerge {
  /** The new chart's values.yaml, comments kept, with the user's changes carried over. */
  readonly text: string
  /** Dotted paths of the user's values written into the new defaults. */
  readonly carried: readonly string[]
  readonly conflicts: readonly MergeConflict[]
}

function valueAt(root: unknown, path: readonly string[]): unknown {
  let node = root
  for (const segment of path) {
    if (!isPlainObject(node) || !Object.hasOwn(node, segment)) return undefined
    node = node[segment]
  }
  return node
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function parseDefaults(text: string): unknown {
  try {
    return parseWithinDepth(text)
  } catch {
    return undefined
  }
}

/**
 * Three-way merge for a chart version bump: the old chart's defaults (base), the pack's values under
 * `charts.<folder>` (mine) and the new chart's defaults (theirs). Values the user left at the old
 * default take the new default; values the user changed are written into the new defaults (through
 * the yaml Document API, so the new file's comments stay); where both sides changed a value
 * differently, that is a conflict, resolved as the user's value unless its key is in `takeTheirs`.
 * Maps merge key by key; lists are one value, as Helm replaces lists whole.
 */
export function mergeChartValues(oldDefaultsYaml: string, mine: unknown, newDefaultsYaml: string, takeTheirs: ReadonlySet<string> = new Set()): ChartValuesMerge {
  const base = parseDefaults(oldDefaultsYaml)
  const theirs = parseDefaults(newDefaultsYaml)
  const document = parseDocumentWithinDepth(newDefaultsYaml.trim() === '' ? '{}\n' : newDefaultsYaml)
  if (document.errors.length > 0 || !isMap(document.contents)) {
    throw new Error("the new chart's values.yaml is not a YAML mapping")
  }
  const carried: string[] = []
  const conflicts: MergeConflict[] = []
  const visit = (value: unknown, path: readonly string[]) => {
    const baseValue = valueAt(base, path)
    const theirValue = valueAt(theirs, path)
    if (isPlainObject(value) && Object.keys(value).length > 0 && (isPlainObject(theirValue) || theirValue === undefined) && (isPlainObject(baseValue) || baseValue === undefined)) {
      for (const [key, child] of Object.entries(value)) visit(child, [...path, key])
      return
    }
    if (sameValue(value, baseValue) || sameValue(value, theirValue)) return
    const key = path.join('.')
    const bothChanged = !sameValue(baseValue, theirValue)
    if (bothChanged) conflicts.push({ key, path, base: baseValue, mine: value, theirs: theirValue })
    if (bothChanged && takeTheirs.has(key)) return
    document.setIn(path, document.createNode(value))
    carried.push(key)
  }
  if (isPlainObject(mine)) for (const [key, child] of Object.entries(mine)) visit(child, [key])
  // Nothing to carry: the new defaults stay byte for byte.
  const text = carried.length === 0 ? newDefaultsYaml : document.toString({ lineWidth: 0, flowCollectionPadding: false })
  return { text, carried, conflicts }
}
