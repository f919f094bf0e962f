import { lazyPanel } from '../layout/lazyPanel'
import type { PackOpener } from './usePackOpener'

// The review brings chart and YAML code: it loads when a chart is opened, never with the start page.
const ChartPackDialog = lazyPanel('the chart review', () => import('../chartPack/ChartPackDialog').then((module) => module.ChartPackDialog), { loadErrorsOnly: true })

/**
 * A Helm chart opened where a pack was expected gets the same review as "New pack from a chart"
 * (version, add-on type guess, images to keep) before it becomes a draft; several charts, one by one.
 */
export function OpenedChartReview({ opener }: { readonly opener: PackOpener }) {
  const [chart] = opener.chartsToReview
  if (chart === undefined) return null
  return (
    <ChartPackDialog
      // A new dialog per chart, so one chart's choices never carry over to the next.
      key={`${chart.fileName}:${String(opener.chartsToReview.length)}`}
      charts={[chart]}
      intro={`${chart.fileName} is a Helm chart, not a pack. Review the new Helm chart add-on pack made from it.`}
      onCreate={opener.createFromChart}
      onClose={opener.skipChart}
    />
  )
}
