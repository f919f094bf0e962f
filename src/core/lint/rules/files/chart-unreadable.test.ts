import { describe, expect, it } from 'vitest'
import { VALID_ADDON_PACK, locateFindings, withFiles } from '../../../testing/packFixtures'
import { chartYaml, makeChartTgz } from '../../../testing/chartFixtures'
import { chartUnreadable } from './chart-unreadable'

describe('files/chart-unreadable', () => {
  it('has nothing to say about readable charts or a pack without charts', async () => {
    const chart = await makeChartTgz({ folder: 'a', chartYaml: chartYaml('a', '1.0.0') })
    expect(await locateFindings(chartUnreadable, VALID_ADDON_PACK)).toEqual([])
    expect(await locateFindings(chartUnreadable, withFiles(VALID_ADDON_PACK, { 'charts/a-1.0.0.tgz': chart }))).toEqual([])
  })

  it.each([
    ['text named .tgz', () => Promise.resolve('not a chart'), 'charts/a-1.0.0.tgz'],
    ['a chart without Chart.yaml', async () => makeChartTgz({ folder: 'a', valuesYaml: '' }), 'charts/a-1.0.0.tgz'],
    ['a chart without a version', async () => makeChartTgz({ folder: 'a', chartYaml: 'name: a\n' }), 'charts/sub/b.TGZ'],
  ])('flags %s', async (_label, build, file) => {
    const files = withFiles(VALID_ADDON_PACK, { [file]: await build() })
    expect(await locateFindings(chartUnreadable, files, 'import')).toEqual([{ ruleId: 'files/chart-unreadable', severity: 'error', file }])
  })
})
