import { PACK_JSON } from '../../../pack/pack'
import { formatPointer } from '../../../text/jsonPointer'
import type { FindingDraft, LintContext, Rule } from '../../types'

/**
 * Two chart archives with the same top folder share one `charts.<folder>` key and clash at install:
 * the usual slip when a chart is bumped and the old .tgz stays.
 */
export const duplicateChartFolder: Rule = {
  id: 'files/duplicate-chart-folder',
  severity: 'error',
  description: 'No two chart archives in the pack have the same top folder (chart key).',
  spec: 'R8',
  *check(context: LintContext): Iterable<FindingDraft> {
    const listed = context.packJsonObject?.['charts']
    const firstByFolder = new Map<string, string>()
    for (const [path, inspection] of [...context.charts].sort(([a], [b]) => a.localeCompare(b))) {
      if (!inspection.ok) continue
      const { folder } = inspection.chart
      const first = firstByFolder.get(folder)
      if (first === undefined) {
        firstByFolder.set(folder, path)
        continue
      }
      const index = Array.isArray(listed) ? listed.indexOf(path) : -1
      // Palette installs the charts pack.json lists: an unlisted leftover (thanos ships a .orig.tgz) only
      // weighs down the archive, so published packs get a warning; new packs must not ship it.
      const bothListed = Array.isArray(listed) && listed.includes(first) && index >= 0
      yield {
        ...(!bothListed && context.mode === 'import' ? { severity: 'warning' as const } : {}),
        ...(index >= 0 ? { file: PACK_JSON, pointer: formatPointer(['charts', String(index)]) } : { file: path }),
        message: `${first} and ${path} are both the chart \`${folder}\`; a pack holds one archive per chart.`,
        hint: 'Remove the old version of the chart (and keep its values under the same `charts.' + folder + '` key).',
      }
    }
  },
}
