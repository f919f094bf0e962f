import { isPlainObject } from '../../../data/isPlainObject'
import { VALUES_YAML } from '../../../pack/pack'
import { formatPointer } from '../../../text/jsonPointer'
import { chartsDefiningKey } from '../../../values/chartValueKeys'
import { chartFolders, packSection, valuesObject } from '../../../values/packContents'
import type { FindingDraft, LintContext, Rule } from '../../types'

/**
 * R20 (3.1): Palette hands a chart only `charts.<folder>` of values.yaml. Chart values nested under
 * `pack.charts`, or written under `charts:` without the folder level, reach no chart and are
 * silently ignored. Keys under `charts:` that are no chart value are chart-key-mismatch's.
 */
export const chartValuesMisplaced: Rule = {
  id: 'pack-values/chart-values-misplaced',
  severity: 'warning',
  description: 'Chart values sit under the top-level `charts.<folder>`, not under `pack.charts` nor directly under `charts:`.',
  spec: 'R20',
  *check(context: LintContext): Iterable<FindingDraft> {
    const pack = packSection(context)
    if (pack !== undefined && Object.hasOwn(pack, 'charts')) {
      const folders = [...(chartFolders(context) ?? [])].sort()
      yield {
        file: VALUES_YAML,
        pointer: formatPointer(['pack', 'charts']),
        message: '`pack.charts` is not a Palette setting: chart values under `pack:` reach no chart and are ignored.',
        hint: folders.length > 0
          ? `Move \`charts:\` out of \`pack:\` to the top level of values.yaml, with the values of each chart under its folder name (${folders.map((folder) => `\`charts.${folder}\``).join(', ')}).`
          : 'Move `charts:` out of `pack:` to the top level of values.yaml, with the values of each chart under its folder name.',
      }
    }
    for (const { key, folders } of chartValuesWithoutFolder(context)) {
      const targets = folders.map((folder) => `\`charts.${folder}.${key}\``)
      yield {
        file: VALUES_YAML,
        pointer: formatPointer(['charts', key]),
        message: `\`charts.${key}\` is a value of the chart${folders.length > 1 ? 's' : ''} ${folders.join(' and ')}, written without the chart's folder key, so no chart ever sees it.`,
        hint: folders.length > 1 ? `Move it under the key of the chart it is for: ${targets.join(' or ')}.` : `Move it under the chart's key, as ${targets.join('')}.`,
      }
    }
  },
}

/**
 * Keys directly under `charts:` that name no chart folder but are a top-level default value of a
 * chart in the pack (`charts: { replicaCount: 2 }` for the chart `nginx`), with those charts.
 */
export function chartValuesWithoutFolder(context: LintContext): { key: string; folders: string[] }[] {
  const charts = valuesObject(context)?.charts
  const folders = chartFolders(context)
  if (!isPlainObject(charts) || folders === undefined) return []
  return Object.keys(charts)
    .filter((key) => !folders.has(key))
    .map((key) => ({ key, folders: chartsDefiningKey(context, key) }))
    .filter((misplaced) => misplaced.folders.length > 0)
}
