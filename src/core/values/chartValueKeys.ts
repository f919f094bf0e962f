import { chartDefaults } from '../chart/chartDefaults'
import type { ChartInfo } from '../chart/chartInfo'
import { isPlainObject } from '../data/isPlainObject'
import type { LintContext } from '../lint/types'

/** The chart's default values (its values.yaml) when they parse as a mapping; parsed once per chart. */
export function chartDefaultMapping(chart: ChartInfo): Readonly<Record<string, unknown>> | undefined {
  const defaults = chartDefaults(chart)?.value
  return isPlainObject(defaults) ? defaults : undefined
}

/** Top keys Helm reads besides the defaults': `global`, subchart keys, and whatever the templates read. */
export function otherKnownKeys(chart: ChartInfo): Set<string> {
  return new Set(['global', ...chart.dependencies.map((dependency) => dependency.alias ?? dependency.name), ...(chart.subcharts ?? []).map((subchart) => subchart.name), ...(chart.templateValueKeys ?? [])])
}

/**
 * The folders of the pack's charts whose default values define `key` at their top: a key under
 * `charts:` that is one of them is a chart value written without its `charts.<folder>` level.
 * `global` is left out: its meaning one level up is not a chart's.
 */
export function chartsDefiningKey(context: LintContext, key: string): string[] {
  if (key === 'global') return []
  const folders: string[] = []
  for (const inspection of context.charts.values()) {
    if (!inspection.ok) continue
    const defaults = chartDefaultMapping(inspection.chart)
    if (defaults !== undefined && Object.hasOwn(defaults, key)) folders.push(inspection.chart.folder)
  }
  return [...new Set(folders)].sort()
}
