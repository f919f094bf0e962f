// A port of Helm v3.17.1 pkg/chartutil/coalesce.go (Apache-2.0): how user values, chart defaults,
// subchart defaults and `global` combine into the values a chart renders with.
import type { ChartTree } from './chartTree'
import { copyHelmValue, isHelmMap } from './helmYaml'
import type { HelmMap, HelmValue } from './helmYaml'

const GLOBAL_KEY = 'global'

/** A value that cannot be used the way the chart expects (a table given a scalar), for the user. */
export class CoalesceError extends Error {}

/**
 * Helm's CoalesceValues: the user's values (copied) over the chart's defaults, recursively into
 * subcharts, with `global` copied down. A `null` user value deletes the default (merge = false).
 */
export function coalesceValues(chart: ChartTree, userValues: HelmMap): HelmMap {
  return coalesce(chart, copyHelmValue(userValues), false)
}

/** Helm's MergeValues: like coalesceValues but `null` values are kept (used for import-values). */
export function mergeValues(chart: ChartTree, userValues: HelmMap): HelmMap {
  return coalesce(chart, copyHelmValue(userValues), true)
}

function coalesce(chart: ChartTree, dest: HelmMap, merge: boolean): HelmMap {
  coalesceChartValues(chart, dest, merge)
  return coalesceDeps(chart, dest, merge)
}

function coalesceDeps(chart: ChartTree, dest: HelmMap, merge: boolean): HelmMap {
  for (const subchart of chart.dependencies) {
    const existing = dest[subchart.name]
    if (existing === undefined) dest[subchart.name] = {}
    else if (!isHelmMap(existing)) throw new CoalesceError(`type mismatch on ${subchart.name}: the values give ${JSON.stringify(existing)} where the subchart's values (a mapping) belong`)
    const subValues = dest[subchart.name]
    if (isHelmMap(subValues)) {
      coalesceGlobals(subValues, dest)
      dest[subchart.name] = coalesce(subchart, subValues, merge)
    }
  }
  return dest
}

/** Copies the parent's globals into a subchart's values; the subchart's own globals lose to the parent's. */
function coalesceGlobals(dest: HelmMap, src: HelmMap): void {
  const destGlobal = dest[GLOBAL_KEY]
  const srcGlobal = src[GLOBAL_KEY]
  let dg: HelmMap
  let sg: HelmMap
  if (destGlobal === undefined) dg = {}
  else if (isHelmMap(destGlobal)) dg = destGlobal
  else return
  if (srcGlobal === undefined) sg = {}
  else if (isHelmMap(srcGlobal)) sg = srcGlobal
  else return
  for (const [key, value] of Object.entries(sg)) {
    if (isHelmMap(value)) {
      const copied: HelmMap = { ...value }
      const destValue = dg[key]
      if (destValue === undefined) dg[key] = copied
      else if (isHelmMap(destValue)) {
        coalesceTables(copied, destValue, true)
        dg[key] = copied
      }
    } else if (!isHelmMap(dg[key])) {
      dg[key] = value
    }
  }
  dest[GLOBAL_KEY] = dg
}

function coalesceChartValues(chart: ChartTree, values: HelmMap, merge: boolean): void {
  const defaults = copyHelmValue(chart.values)
  for (const [key, defaultValue] of Object.entries(defaults)) {
    if (Object.hasOwn(values, key)) {
      const value = values[key] ?? null
      if (value === null && !merge) Reflect.deleteProperty(values, key)
      else if (isHelmMap(value) && isHelmMap(defaultValue)) {
        // A subchart's own table keeps its nulls, so its defaults can still be deleted later.
        const childMerge = chart.dependencies.some((subchart) => subchart.name === key) || merge
        coalesceTables(value, defaultValue, childMerge)
      }
    } else {
      values[key] = defaultValue
    }
  }
}

/** Helm's coalesceTablesFullKey: fills `dst` with what `src` has and `dst` lacks, recursively. */
export function coalesceTables(dst: HelmMap, src: HelmMap, merge: boolean): HelmMap {
  for (const [key, value] of Object.entries(src)) {
    const has = Object.hasOwn(dst, key)
    const destValue: HelmValue | undefined = dst[key]
    if (has && !merge && destValue === null) Reflect.deleteProperty(dst, key)
    else if (!has) dst[key] = value
    else if (isHelmMap(value)) {
      if (isHelmMap(destValue)) coalesceTables(destValue, value, merge)
    }
  }
  return dst
}
