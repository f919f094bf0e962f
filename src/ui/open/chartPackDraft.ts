import { createPack, encodeText, starterPackFiles } from '../../core'
import type { ChartInfo, Pack } from '../../core'
import { addChart, putChartDefaultValues } from '../files/packActions'

/** A chart archive opened where a pack was expected. */
export interface OpenedChart {
  readonly chart: ChartInfo
  readonly fileName: string
  readonly bytes: Uint8Array
}

const PLAIN_VERSION = /^\d+\.\d+\.\d+$/

/**
 * A Helm chart add-on pack around a chart the user opened as if it were a pack: the chart's name and
 * version, the chart under charts/ and listed, and its default values under charts.<folder>.
 * (The fuller "new pack from this chart" flow can replace this function.)
 */
export function chartPackDraft({ chart, fileName, bytes }: OpenedChart): Pack {
  const name = chart.name.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'my-chart'
  const starter = starterPackFiles('chart', { name, ...(PLAIN_VERSION.test(chart.version) ? { version: chart.version } : {}) })
  const pack = addChart(createPack('', Object.entries(starter).map(([path, text]) => [path, encodeText(text)] as const)), fileName, bytes)
  return chart.valuesYaml === undefined ? pack : putChartDefaultValues(pack, chart.folder, chart.valuesYaml, false).pack
}
