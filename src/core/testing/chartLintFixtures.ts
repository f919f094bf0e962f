import { createLintContext } from '../lint/lintContext'
import { runRules } from '../lint/lintPack'
import type { Finding, LintMode, Rule } from '../lint/types'
import type { ChartInspection } from '../chart/chartInfo'
import { makeChartTgz } from './chartFixtures'
import { makePack } from './packFixtures'
import type { FixtureFiles } from './packFixtures'

/** A chart to put in a fixture pack: its folder inside the .tgz and the .tgz path in the pack. */
export interface FixtureChart {
  readonly folder: string
  readonly path: string
  /** Names of the chart's dependencies (sub-charts). */
  readonly dependencies?: readonly string[]
}

/**
 * Runs one rule over fixture files plus real chart archives. The chart inspections are filled in
 * from the fixtures, so the test does not depend on the archive reader (tested on its own).
 */
export async function lintWithCharts(
  rule: Rule,
  files: FixtureFiles,
  charts: readonly FixtureChart[],
  mode: LintMode = 'author',
): Promise<Finding[]> {
  const archives: Record<string, Uint8Array> = {}
  for (const chart of charts) {
    archives[chart.path] = await makeChartTgz({ folder: chart.folder, chartYaml: `apiVersion: v2\nname: ${chart.folder}\nversion: 1.0.0\n`, valuesYaml: 'replicaCount: 1\n' })
  }
  const pack = makePack({ ...files, ...archives })
  const context = await createLintContext(pack, mode)
  const inspections = new Map<string, ChartInspection>(
    charts.map((chart) => [chart.path, { ok: true, chart: { folder: chart.folder, name: chart.folder, version: '1.0.0', dependencies: (chart.dependencies ?? []).map((name) => ({ name, version: '1.0.0' })) } }]),
  )
  return runRules({ ...context, charts: new Map([...context.charts, ...inspections]) }, [rule])
}
