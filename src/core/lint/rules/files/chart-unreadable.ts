import type { Rule } from '../../types'

/** A .tgz in the pack that is not a readable packaged Helm chart cannot be installed. */
export const chartUnreadable: Rule = {
  id: 'files/chart-unreadable',
  severity: 'error',
  description: 'Every .tgz in the pack is a packaged Helm chart with one top folder and a Chart.yaml holding name and version.',
  spec: 'R8',
  *check(context) {
    for (const [path, inspection] of context.charts) {
      if (inspection.ok) continue
      yield {
        file: path,
        message: `${path} cannot be read as a Helm chart: ${inspection.problem}`,
        hint: 'Package the chart with `helm package <chart-folder>` and add the resulting .tgz.',
      }
    }
  },
}
