import { describe, expect, it } from 'vitest'
import { createLintContext } from '../../lintContext'
import { runRules } from '../../lintPack'
import { chartYaml, makeChartTgz } from '../../../testing/chartFixtures'
import { VALID_ADDON_PACK, VALID_PACK_JSON, makePack, withFiles } from '../../../testing/packFixtures'
import type { LintMode } from '../../types'
import { duplicateChartFolder } from './duplicate-chart-folder'

async function lint(charts: Record<string, [string, string]>, listed: readonly string[], mode: LintMode = 'import') {
  const archives: Record<string, Uint8Array> = {}
  for (const [path, [folder, version]] of Object.entries(charts)) archives[path] = await makeChartTgz({ folder, chartYaml: chartYaml(folder, version) })
  const packJson = { ...VALID_PACK_JSON, charts: listed }
  return runRules(await createLintContext(makePack(withFiles(VALID_ADDON_PACK, { 'pack.json': packJson, ...archives })), mode), [duplicateChartFolder])
}

describe('files/duplicate-chart-folder', () => {
  it('accepts charts with different folders', async () => {
    expect(await lint({ 'charts/a-1.0.0.tgz': ['a', '1.0.0'], 'charts/b-1.0.0.tgz': ['b', '1.0.0'] }, ['charts/a-1.0.0.tgz', 'charts/b-1.0.0.tgz'])).toEqual([])
  })

  it('names both archives of one chart, at the second one in pack.json', async () => {
    expect(await lint({ 'charts/a-1.0.0.tgz': ['a', '1.0.0'], 'charts/a-1.1.0.tgz': ['a', '1.1.0'] }, ['charts/a-1.1.0.tgz', 'charts/a-1.0.0.tgz'])).toEqual([{
      ruleId: 'files/duplicate-chart-folder',
      severity: 'error',
      file: 'pack.json',
      pointer: '/charts/0',
      line: 14,
      column: 5,
      message: 'charts/a-1.0.0.tgz and charts/a-1.1.0.tgz are both the chart `a`; a pack holds one archive per chart.',
      hint: 'Remove the old version of the chart (and keep its values under the same `charts.a` key).',
    }])
  })

  it.each([['author', 'error'], ['import', 'warning']] as const)('points at an unlisted leftover archive itself (%s mode: %s)', async (mode, severity) => {
    expect(await lint({ 'charts/a-1.0.0.tgz': ['a', '1.0.0'], 'charts/old/a.tgz': ['a', '0.9.0'] }, ['charts/a-1.0.0.tgz'], mode)).toEqual([{
      ruleId: 'files/duplicate-chart-folder',
      severity,
      file: 'charts/old/a.tgz',
      message: 'charts/a-1.0.0.tgz and charts/old/a.tgz are both the chart `a`; a pack holds one archive per chart.',
      hint: 'Remove the old version of the chart (and keep its values under the same `charts.a` key).',
    }])
  })
})
