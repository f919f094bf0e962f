import { isPlainObject } from '../data/isPlainObject'
import { readTextFile, removeFile, setFile, setTextFile, VALUES_YAML } from '../pack/pack'
import type { Pack } from '../pack/pack'
import { syncPackJsonFileLists } from '../pack/packJsonEdit'
import { removeValuesKey, setChartDefaultValues, ValuesEditError } from '../values/valuesEdit'
import type { ChartInfo } from './chartInfo'
import { mergeChartValues } from './mergeChartValues'
import type { ChartValuesMerge } from './mergeChartValues'
import { parseWithinDepth } from '../text/parseYamlWithinDepth'

/** A chart version bump: the archive in the pack, what it is, and the new archive. */
export interface ChartBump {
  readonly oldPath: string
  readonly oldChart: ChartInfo
  readonly newFileName: string
  readonly newBytes: Uint8Array
  readonly newChart: ChartInfo
}

function packValuesFor(pack: Pack, folder: string): unknown {
  try {
    const values: unknown = parseWithinDepth(readTextFile(pack, VALUES_YAML) ?? '')
    return isPlainObject(values) && isPlainObject(values['charts']) ? values['charts'][folder] : undefined
  } catch {
    return undefined
  }
}

/** The merge a bump would make (to show its conflicts before applying it). */
export function planChartBump(pack: Pack, bump: ChartBump, takeTheirs: ReadonlySet<string> = new Set()): ChartValuesMerge {
  return mergeChartValues(bump.oldChart.valuesYaml ?? '', packValuesFor(pack, bump.oldChart.folder), bump.newChart.valuesYaml ?? '', takeTheirs)
}

/**
 * Replaces the old archive with the new one (pack.json's list follows) and sets `charts.<folder>` to
 * the merged values. A values.yaml that cannot be parsed is left as it is.
 */
export function applyChartBump(pack: Pack, bump: ChartBump, takeTheirs: ReadonlySet<string> = new Set()): { readonly pack: Pack; readonly merge: ChartValuesMerge; readonly note?: string } {
  const merge = planChartBump(pack, bump, takeTheirs)
  const newPath = `charts/${bump.newFileName}`
  let next = setFile(bump.oldPath === newPath ? pack : removeFile(pack, bump.oldPath), newPath, bump.newBytes)
  next = syncPackJsonFileLists(next)
  const values = readTextFile(next, VALUES_YAML)
  if (values === undefined) return { pack: next, merge }
  try {
    // A renamed folder moves the values to the new key.
    const moved = bump.oldChart.folder === bump.newChart.folder ? values : removeValuesKey(values, ['charts', bump.oldChart.folder])
    next = setTextFile(next, VALUES_YAML, setChartDefaultValues(moved, bump.newChart.folder, merge.text, { overwrite: true }))
  } catch (error) {
    if (!(error instanceof ValuesEditError)) throw error
    return { pack: next, merge, note: `values.yaml was left as it is: ${error.message}.` }
  }
  return { pack: next, merge }
}
