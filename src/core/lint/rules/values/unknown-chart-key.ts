import { isPlainObject } from '../../../data/isPlainObject'
import { VALUES_YAML } from '../../../pack/pack'
import { formatPointer } from '../../../text/jsonPointer'
import { valuesObject } from '../../../values/packContents'
import { chartDefaultMapping, otherKnownKeys } from '../../../values/chartValueKeys'
import type { FindingDraft, LintContext, Rule } from '../../types'
import { nearestChartKey } from '../../../values/nearestChartKey'

/**
 * Values under `charts.<folder>` whose top key the chart never defines nor reads: Helm ignores them,
 * and the usual cause is a value one level too high (`env` where the chart reads `coder.env`).
 */
export const unknownChartKey: Rule = {
  id: 'pack-values/unknown-chart-key',
  severity: 'warning',
  description: "Top keys under `charts.<folder>` are keys the chart's default values define (or its templates read).",
  spec: 'R20',
  *check(context: LintContext): Iterable<FindingDraft> {
    const charts = valuesObject(context)?.charts
    if (!isPlainObject(charts)) return
    for (const inspection of context.charts.values()) {
      if (!inspection.ok) continue
      const { chart } = inspection
      const values = charts[chart.folder]
      // The chart's typed defaults are composed only when the pack gives it values to compare.
      if (!isPlainObject(values)) continue
      const defaults = chartDefaultMapping(chart)
      if (defaults === undefined) continue
      const known = otherKnownKeys(chart)
      for (const key of Object.keys(values)) {
        if (Object.hasOwn(defaults, key) || known.has(key)) continue
        const nearest = nearestChartKey(defaults, key)
        yield {
          file: VALUES_YAML,
          pointer: formatPointer(['charts', chart.folder, key]),
          message: `The chart ${chart.name} has no top-level key \`${key}\`${nearest !== undefined ? `; the nearest is \`${nearest}\`` : ''}, so Helm ignores \`charts.${chart.folder}.${key}\`.`,
          hint: nearest !== undefined
            ? `Move it to \`charts.${chart.folder}.${nearest}\`, where the chart reads it.`
            : `Check the chart's values.yaml for the right key; values the chart never reads have no effect.`,
        }
      }
    }
  },
}
