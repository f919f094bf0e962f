import { ChartPackDialog } from '../chartPack/ChartPackDialog'
import type { PackOpener } from './usePackOpener'

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
