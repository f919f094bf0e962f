import { findChartImages } from '../../core/chart/chartImages'
import { chartPack, chartVersionChoices } from '../../core/chart/chartPack'
import { guessAddonType } from '../../core/chart/guessAddonType'
import type { ChartInfo, Pack } from '../../core'

/** A chart archive opened where a pack was expected. */
export interface OpenedChart {
  readonly chart: ChartInfo
  readonly fileName: string
  readonly bytes: Uint8Array
}

/**
 * A Helm chart add-on pack made from a chart the user opened as if it were a pack, with the choices
 * the "New pack > From a Helm chart" review dialog starts from: the first version it offers (the
 * app's), the guessed add-on type and every image the chart names. Everything stays editable.
 */
export function chartPackDraft({ chart, fileName, bytes }: OpenedChart): Pack {
  const version = chartVersionChoices(chart)[0]?.version ?? chart.version
  const images = findChartImages(chart).map((image) => image.image)
  return chartPack([{ chart, fileName, bytes }], { version, addonType: guessAddonType(chart).addonType, images }).pack
}
