import { inspectChart } from '../../core/chart/inspectChart'
import type { ChartForPack } from '../../core'
import { readFileBytes } from '../browser/readFileBytes'

/** Charts read from dropped or picked files, and a sentence for each file that is not one. */
export interface DroppedCharts {
  readonly charts: readonly ChartForPack[]
  readonly problems: readonly string[]
}

/** Reads every .tgz among the files as a Helm chart; anything else is named in `problems`. */
export async function readDroppedCharts(files: readonly File[]): Promise<DroppedCharts> {
  const charts: ChartForPack[] = []
  const problems: string[] = []
  for (const file of files) {
    if (!/\.tgz$/i.test(file.name)) {
      problems.push(`${file.name} is not a packaged Helm chart (.tgz).`)
      continue
    }
    const bytes = await readFileBytes(file)
    const inspection = await inspectChart(bytes)
    if (inspection.ok) charts.push({ fileName: file.name, bytes, chart: inspection.chart })
    else problems.push(`${file.name} cannot be read as a Helm chart: ${inspection.problem}`)
  }
  return { charts, problems }
}
